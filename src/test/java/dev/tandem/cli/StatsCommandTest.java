package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats");
  private static final Set<String> SCALE_FIELDS =
      Set.of(
          "id",
          "n",
          "mean",
          "sd",
          "median",
          "min",
          "max",
          "skew",
          "kurtosis",
          "se",
          "alpha",
          "stdAlpha",
          "alphaCi",
          "items");
  private static final Set<String> ITEM_FIELDS =
      Set.of("id", "n", "mean", "sd", "rDrop", "alphaIfDropped");
  private static final Set<String> CORRELATION_FIELDS = Set.of("a", "b", "r", "n", "p");

  @TempDir Path temp;

  @Test
  void jsonHasTheContractShapeAndPsychsNumbers() throws IOException {
    Cli.Result run =
        Cli.run(
            "stats",
            FIXTURES.resolve("msq.csv").toString(),
            "-q",
            FIXTURES.resolve("msq.yaml").toString(),
            "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertContractShape(root);
    JsonNode energetic = root.get("questionnaires").get(0).get("scales").get(0);
    assertThat(energetic.get("id").asText()).isEqualTo("energetic");
    assertThat(energetic.get("n").asLong()).isEqualTo(3893);
    // psych alpha(): raw_alpha 0.93229585369032... on the same answers (see msq.expected.csv)
    assertThat(energetic.get("alpha").asDouble()).isCloseTo(0.93229585369032263, within(1e-12));
    assertThat(root.get("correlations")).hasSize(1);
    assertThat(root.get("correlations").get(0).get("a").asText()).isEqualTo("msq.energetic");
    assertThat(root.get("correlations").get(0).get("b").asText()).isEqualTo("msq.tense");
  }

  @Test
  void statisticsThatCannotBeComputedAreNullWithANote() throws IOException {
    Path one = temp.resolve("one.csv");
    Files.writeString(one, "respondent_id,t1,t2,t3,s1,u1,u2\nr1,4,2,3,5,,\n");
    Cli.Result run =
        Cli.run("stats", one.toString(), "-q", FIXTURES.resolve("edge.yaml").toString(), "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("NaN").doesNotContain("Infinity");
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertContractShape(root);
    JsonNode trio = root.get("questionnaires").get(0).get("scales").get(0);
    assertThat(trio.get("n").asInt()).isEqualTo(1);
    assertThat(trio.get("mean").asDouble()).isCloseTo(3, within(1e-12));
    assertThat(trio.get("sd").isNull()).isTrue();
    assertThat(trio.get("alpha").isNull()).isTrue();
    assertThat(trio.get("alphaCi").isNull()).isTrue();
    assertThat(trio.get("notes"))
        .extracting(JsonNode::asText)
        .containsExactly(
            "only one client has a score: the spread (sd, se), skew and kurtosis need at least two",
            "alpha needs answers from at least two clients");
    JsonNode unanswered = root.get("questionnaires").get(0).get("scales").get(2);
    assertThat(unanswered.get("n").asInt()).isZero();
    assertThat(unanswered.get("items").get(0).get("notes"))
        .extracting(JsonNode::asText)
        .containsExactly("nobody answered this item");
    assertEveryNullHasANote(root);
  }

  @Test
  void theTableFlagsAWeakItemInPlainWords() {
    Cli.Result run =
        Cli.run(
            "stats",
            FIXTURES.resolve("negative.csv").toString(),
            "-q",
            FIXTURES.resolve("negative.yaml").toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith(
            "Figures from 180 clients, each client's latest assessment of each questionnaire.")
        .contains(
            "alpha                      180   2.96   0.70   3.00   1.33   4.50   0.07  -0.72   0.05   0.59"
                + " [0.49, 0.68]     0.58")
        .contains("      ! runs against the rest of the scale (r.drop -0.65)")
        .contains(
            "      ! the scale hangs together better without it (alpha 0.59 rises to 0.85 when it is dropped)");
  }

  @Test
  void aMissingInputFileIsBadUsage() {
    Cli.Result run =
        Cli.run(
            "stats",
            temp.resolve("nowhere.csv").toString(),
            "-q",
            FIXTURES.resolve("negative.yaml").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "tandem: the input file "
                + temp.resolve("nowhere.csv")
                + " does not exist or is not a file; check the path");
  }

  @Test
  void theSampleExportIsDescribedPerQuestionnaireFoundInIt() throws IOException {
    Cli.Result run = Cli.run("stats", "seeds/clients.csv", "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(run.out());
    assertContractShape(root);
    assertThat(root.get("questionnaires"))
        .extracting(q -> q.get("id").asText())
        .containsExactlyInAnyOrder("closeness-desire", "insecurity-triggers", "need-for-solitude");
    assertThat(run.err()).contains("rows read:");
  }

  @Test
  void helpSaysWhatIsComputedWithoutFormattingWarnings() {
    Cli.Result run = Cli.run("stats", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("Cronbach's alpha with a 95% confidence interval");
  }

  /**
   * Every object has exactly the contract's fields (and "notes" where there is something to say).
   */
  static void assertContractShape(JsonNode root) {
    assertThat(fields(root)).isEqualTo(Set.of("questionnaires", "correlations"));
    for (JsonNode questionnaire : root.get("questionnaires")) {
      assertThat(fields(questionnaire)).isEqualTo(Set.of("id", "scales"));
      assertThat(questionnaire.get("id").isTextual()).isTrue();
      for (JsonNode scale : questionnaire.get("scales")) {
        assertFields(scale, SCALE_FIELDS);
        assertThat(scale.get("id").isTextual()).isTrue();
        assertThat(scale.get("n").isIntegralNumber()).isTrue();
        for (String name :
            List.of(
                "mean",
                "sd",
                "median",
                "min",
                "max",
                "skew",
                "kurtosis",
                "se",
                "alpha",
                "stdAlpha")) {
          assertThat(scale.get(name).isNumber() || scale.get(name).isNull()).as(name).isTrue();
        }
        JsonNode ci = scale.get("alphaCi");
        assertThat(
                ci.isNull()
                    || (ci.isArray()
                        && ci.size() == 2
                        && ci.get(0).isNumber()
                        && ci.get(1).isNumber()))
            .as("alphaCi")
            .isTrue();
        for (JsonNode item : scale.get("items")) {
          assertFields(item, ITEM_FIELDS);
          assertThat(item.get("n").isIntegralNumber()).isTrue();
        }
      }
    }
    for (JsonNode correlation : root.get("correlations")) {
      assertFields(correlation, CORRELATION_FIELDS);
    }
  }

  private static void assertFields(JsonNode node, Set<String> contract) {
    Set<String> fields = fields(node);
    fields.remove("notes");
    assertThat(fields).isEqualTo(contract);
    if (node.has("notes")) {
      assertThat(node.get("notes").isArray() && node.get("notes").size() > 0).isTrue();
    }
  }

  private static void assertEveryNullHasANote(JsonNode node) {
    if (node.isObject()) {
      boolean hasNull = false;
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        hasNull |= node.get(names.next()).isNull();
      }
      assertThat(!hasNull || node.has("notes")).as(node.toString()).isTrue();
    }
    node.elements().forEachRemaining(StatsCommandTest::assertEveryNullHasANote);
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> fields = new HashSet<>();
    node.fieldNames().forEachRemaining(fields::add);
    return fields;
  }
}
