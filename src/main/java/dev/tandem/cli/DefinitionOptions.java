package dev.tandem.cli;

import dev.tandem.couples.CouplePatterns;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose questionnaire definitions, shared by every command that reads data. */
final class DefinitionOptions {

  @Option(
      names = {"-q", "--questionnaire"},
      paramLabel = "DEF",
      description =
          "A questionnaire id from the definitions folder, or a definition file. Repeatable."
              + " Default: every definition whose items appear in the input.")
  List<String> questionnaires = new ArrayList<>();

  /**
   * The definitions folder when none is named: {@code questionnaires} in the working folder, or the
   * folder an installed Tandem names with {@code -Dtandem.definitions} (its launcher does).
   */
  static final String DEFAULT_FOLDER = "${sys:tandem.definitions:-questionnaires}";

  @Option(
      names = "--definitions",
      paramLabel = "DIR",
      defaultValue = DEFAULT_FOLDER,
      description = "Folder of questionnaire definitions (default: ${DEFAULT-VALUE}).")
  Path definitions;

  /** True when the coach named the questionnaires; otherwise the caller picks those that match. */
  boolean chosen() {
    return !questionnaires.isEmpty();
  }

  /** Read once per command: every definition in the folder, and the chosen ones. */
  private List<Questionnaire> folder;

  private List<Questionnaire> loaded;

  /** The chosen definitions, or every definition in the folder when none was chosen. */
  List<Questionnaire> load() {
    if (loaded == null) {
      if (questionnaires.isEmpty()) {
        if (!Files.isDirectory(definitions)) {
          throw new UsageException(
              "the definitions folder "
                  + definitions
                  + " does not exist; run tandem"
                  + " from the project folder or pass --definitions DIR or -q FILE");
        }
        loaded = folder();
      } else {
        List<Path> files = new ArrayList<>();
        for (String reference : questionnaires) {
          files.add(resolve(reference));
        }
        loaded = QuestionnaireLoader.loadAll(files);
      }
    }
    return loaded;
  }

  private List<Questionnaire> folder() {
    if (folder == null) {
      folder =
          Files.isDirectory(definitions)
              ? QuestionnaireLoader.loadDirectory(definitions)
              : List.of();
    }
    return folder;
  }

  /**
   * The couple patterns beside the definitions, checked against every definition there (a pattern
   * may name a questionnaire the current input does not hold); none when the folder has no file.
   */
  CouplePatterns couplePatterns() {
    Path file = definitions.resolve(QuestionnaireLoader.PATTERNS_FILE);
    if (!Files.isRegularFile(file)) {
      return CouplePatterns.none();
    }
    List<Questionnaire> known = new ArrayList<>(folder());
    if (chosen()) {
      for (Questionnaire q : load()) {
        if (known.stream().noneMatch(k -> k.id().equals(q.id()))) {
          known.add(q);
        }
      }
    }
    return CouplePatterns.load(file, known);
  }

  private Path resolve(String reference) {
    Path asFile = Path.of(reference);
    if (Files.isRegularFile(asFile)) {
      return asFile;
    }
    Optional<Path> byId =
        Optional.of(definitions.resolve(reference + ".yaml")).filter(Files::isRegularFile);
    if (byId.isPresent()) {
      return byId.get();
    }
    for (Questionnaire q : folder()) {
      if (q.id().equals(reference)) {
        return q.source();
      }
    }
    throw new UsageException(
        "no questionnaire \""
            + reference
            + "\": it is neither a file nor an id in "
            + definitions
            + "; run \"tandem questionnaires\" to list them");
  }
}
