package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tandem.couples.CouplePatterns;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.questionnaire.YamlNode;
import dev.tandem.questionnaire.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas in {@code questionnaires/} are what a coach's editor checks a definition
 * against; the loader is what Tandem checks it against. They must not disagree: every file the
 * loader accepts (the shipped ones and every test fixture) is valid under its schema, and the
 * invalid fixtures in {@code schema/invalid*} are rejected by both. The loader checks more than a
 * schema can (band gaps, unknown scales), so a file the loader rejects may still be schema-valid;
 * the reverse is the drift.
 *
 * <p>Documents are read with Tandem's own YAML reader and typed as YAML 1.2 reads them (as editors
 * do): {@code No} and {@code Yes} are text, only {@code true} and {@code false} are booleans.
 */
class SchemaAgreementTest {

  private static final Path SHIPPED = Path.of("questionnaires");
  private static final Path FIXTURES = Path.of("src/test/resources");
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final JsonSchema DEFINITION = schema("questionnaire.schema.json");
  private static final JsonSchema PATTERNS = schema("couple-patterns.schema.json");

  static Stream<Path> acceptedDefinitions() throws IOException {
    return Stream.concat(
            definitionFiles(SHIPPED),
            Stream.of(
                    FIXTURES.resolve("stats"),
                    FIXTURES.resolve("ingest/questionnaires"),
                    FIXTURES.resolve("schema/valid"))
                .flatMap(SchemaAgreementTest::definitionFilesUnchecked))
        .filter(SchemaAgreementTest::loaderAccepts);
  }

  @ParameterizedTest
  @MethodSource("acceptedDefinitions")
  void everyDefinitionTheLoaderAcceptsIsValidUnderTheSchema(Path file) throws IOException {
    assertThat(problems(DEFINITION, file)).as(file.toString()).isEmpty();
  }

  @Test
  void theFixturesCoverTheShippedDefinitionsAndTheTestOnes() throws IOException {
    assertThat(acceptedDefinitions().count()).isGreaterThanOrEqualTo(3 + 7 + 2);
  }

  @Test
  void theShippedPatternsAndTheValidPatternFixtureAreValidUnderTheSchema() throws IOException {
    List<Questionnaire> shipped = QuestionnaireLoader.loadDirectory(SHIPPED);
    for (Path file :
        List.of(
            SHIPPED.resolve(QuestionnaireLoader.PATTERNS_FILE),
            FIXTURES.resolve("couples/patterns/valid-small.yaml"))) {
      CouplePatterns.load(file, shipped);
      assertThat(problems(PATTERNS, file)).as(file.toString()).isEmpty();
    }
  }

  static Stream<Path> invalidDefinitions() throws IOException {
    return yamlFiles(FIXTURES.resolve("schema/invalid"));
  }

  @ParameterizedTest
  @MethodSource("invalidDefinitions")
  void anInvalidDefinitionIsRejectedByBoth(Path file) throws IOException {
    assertThatThrownBy(() -> QuestionnaireLoader.load(file))
        .isInstanceOf(DefinitionException.class);
    assertThat(problems(DEFINITION, file)).as(file.toString()).isNotEmpty();
  }

  static Stream<Path> invalidPatterns() throws IOException {
    return yamlFiles(FIXTURES.resolve("schema/invalid-patterns"));
  }

  @ParameterizedTest
  @MethodSource("invalidPatterns")
  void anInvalidPatternFileIsRejectedByBoth(Path file) throws IOException {
    List<Questionnaire> shipped = QuestionnaireLoader.loadDirectory(SHIPPED);
    assertThatThrownBy(() -> CouplePatterns.load(file, shipped))
        .isInstanceOf(DefinitionException.class);
    assertThat(problems(PATTERNS, file)).as(file.toString()).isNotEmpty();
  }

  private static Set<ValidationMessage> problems(JsonSchema schema, Path file) {
    List<Problem> unreadable = new ArrayList<>();
    YamlNode document = YamlReader.read(file, unreadable);
    assertThat(unreadable).as(file + " is YAML").isEmpty();
    return schema.validate(json(document));
  }

  private static JsonNode json(YamlNode node) {
    if (node instanceof YamlNode.Mapping mapping) {
      ObjectNode object = JSON.objectNode();
      mapping.entries().forEach((key, entry) -> object.set(key, json(entry.value())));
      return object;
    }
    if (node instanceof YamlNode.Sequence sequence) {
      ArrayNode array = JSON.arrayNode();
      sequence.elements().forEach(element -> array.add(json(element)));
      return array;
    }
    if (node instanceof YamlNode.Scalar scalar) {
      String text = scalar.text();
      return switch (scalar.type()) {
        case INTEGER, DECIMAL -> JSON.numberNode(new BigDecimal(text));
        case BOOLEAN ->
            switch (text.toLowerCase(Locale.ROOT)) {
              case "true" -> JSON.booleanNode(true);
              case "false" -> JSON.booleanNode(false);
              default -> JSON.textNode(text);
            };
        case TEXT -> JSON.textNode(text);
      };
    }
    return JSON.nullNode();
  }

  private static boolean loaderAccepts(Path file) {
    try {
      QuestionnaireLoader.load(file);
      return true;
    } catch (DefinitionException rejected) {
      return false;
    }
  }

  private static Stream<Path> definitionFiles(Path folder) throws IOException {
    return yamlFiles(folder)
        .filter(f -> !f.getFileName().toString().equals(QuestionnaireLoader.PATTERNS_FILE));
  }

  private static Stream<Path> definitionFilesUnchecked(Path folder) {
    try {
      return definitionFiles(folder);
    } catch (IOException e) {
      throw new IllegalStateException("cannot list " + folder, e);
    }
  }

  private static Stream<Path> yamlFiles(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  private static JsonSchema schema(String name) {
    try (InputStream in = Files.newInputStream(SHIPPED.resolve(name))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
  }
}
