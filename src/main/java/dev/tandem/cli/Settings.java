package dev.tandem.cli;

import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Fields;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.YamlNode;
import dev.tandem.questionnaire.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a coach would otherwise type on every run, kept in a small YAML file: for now the practice's
 * name ({@code practice: "Harbour Coaching"}). Read from {@code --settings FILE}, else from {@value
 * #FILE_NAME} in the working folder when there is one; an option given on the command line wins
 * over the file. A wrong file is refused with its line and column, as a definition is.
 */
record Settings(Optional<String> practice) {

  static final String FILE_NAME = "tandem.yaml";

  static final Settings NONE = new Settings(Optional.empty());

  /** The settings of {@code explicit} when given, else of {@value #FILE_NAME} in {@code folder}. */
  static Settings find(Optional<Path> explicit, Path folder) {
    if (explicit.isPresent()) {
      return load(explicit.get());
    }
    Path usual = folder.resolve(FILE_NAME);
    return Files.isRegularFile(usual) ? load(usual) : NONE;
  }

  /** The practice's name: {@code option} when given on the command line, else the file's. */
  Optional<String> practice(Optional<String> option) {
    return option.or(this::practice);
  }

  static Settings load(Path file) {
    List<Problem> problems = new ArrayList<>();
    YamlNode root = YamlReader.read(file, problems);
    Optional<String> practice = Optional.empty();
    Optional<Fields> fields = Fields.of(root, "the settings file", Set.of("practice"), problems);
    if (fields.isPresent()) {
      practice = fields.get().text("practice");
    }
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    return new Settings(practice);
  }
}
