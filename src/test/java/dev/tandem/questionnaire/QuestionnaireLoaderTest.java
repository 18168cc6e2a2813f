package dev.tandem.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireLoaderTest {

  @TempDir Path dir;

  private static final String VALID =
      """
      id: mini
      version: "1"
      title: Mini
      responseScale:
        min: 1
        max: 3
        labels: {1: No, 2: Partly, 3: Yes}
      items:
        - {id: a1, text: First, scale: alpha}
        - {id: a2, text: Second, scale: alpha, reversed: true}
        - {id: b1, text: Third, scale: beta}
      scales:
        - id: alpha
          name: Alpha
          bands:
            - {from: 1, to: 2, label: Low, guidance: Talk.}
            - {from: 2, to: 3, label: High, guidance: Listen.}
        - id: beta
          name: Beta
          scoring: sum
          bands:
            - {from: 1, to: 3, label: All, guidance: Fine.}
        - id: gap
          name: Gap
          composite: {alpha: 1, beta: -1}
          bands:
            - {from: -2, to: 2, label: Any, guidance: Fine.}
      """;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private List<String> problemsOf(String text) throws IOException {
    Path file = write("q.yaml", text);
    try {
      QuestionnaireLoader.load(file);
    } catch (DefinitionException e) {
      return e.problems().stream()
          .map(p -> p.position().line() + ":" + p.position().column() + " " + p.message())
          .toList();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void retestAfterDaysDefaultsToNinetyAndTakesTheDefinitionsWholeNumber() throws IOException {
    assertThat(QuestionnaireLoader.load(write("q.yaml", VALID)).retestAfterDays()).isEqualTo(90);
    assertThat(
            QuestionnaireLoader.load(
                    write(
                        "r.yaml",
                        VALID.replace("title: Mini\n", "title: Mini\nretestAfterDays: 42\n")))
                .retestAfterDays())
        .isEqualTo(42);
  }

  @Test
  void retestAfterDaysBelowOneIsReportedWithItsPosition() throws IOException {
    assertThat(problemsOf(VALID.replace("title: Mini\n", "title: Mini\nretestAfterDays: 0\n")))
        .containsExactly(
            "4:18 \"retestAfterDays\" should be a number of days of at least 1, found 0; leave it out "
                + "for 90 days");
  }

  @Test
  void languageDefaultsToEnglishAndTakesTheDefinitionsTag() throws IOException {
    assertThat(QuestionnaireLoader.load(write("q.yaml", VALID)).language()).isEqualTo("en");
    assertThat(
            QuestionnaireLoader.load(
                    write(
                        "r.yaml", VALID.replace("title: Mini\n", "title: Mini\nlanguage: pt-BR\n")))
                .language())
        .isEqualTo("pt-BR");
  }

  @Test
  void aLanguageThatIsNoTagIsReportedWithItsPosition() throws IOException {
    assertThat(problemsOf(VALID.replace("title: Mini\n", "title: Mini\nlanguage: English (UK)\n")))
        .containsExactly(
            "4:11 \"language\" should be a language tag such as en, en-GB, de or pt-BR (BCP 47), found"
                + " \"English (UK)\"; leave it out for en");
  }

  @Test
  void loadsAValidDefinitionWithRangesOfMeanSumAndCompositeScales() throws IOException {
    Questionnaire q = QuestionnaireLoader.load(write("q.yaml", VALID));

    assertThat(q.id()).isEqualTo("mini");
    assertThat(q.items()).extracting(Item::id).containsExactly("a1", "a2", "b1");
    assertThat(q.item("a2").orElseThrow().reversed()).isTrue();
    Scale alpha = q.scale("alpha").orElseThrow();
    assertThat(alpha.itemIds()).containsExactly("a1", "a2");
    assertThat(alpha.lowest()).isEqualTo(1.0);
    assertThat(alpha.highest()).isEqualTo(3.0);
    assertThat(q.scale("beta").orElseThrow().scoring()).isEqualTo(Scoring.SUM);
    Scale gap = q.scale("gap").orElseThrow();
    assertThat(gap.isComposite()).isTrue();
    assertThat(gap.lowest()).isEqualTo(-2.0);
    assertThat(gap.highest()).isEqualTo(2.0);
    assertThat(q.responseScale().valueOf("  partly ")).contains(2);
  }

  @Test
  void bandsAreHalfOpenExceptTheHighest() throws IOException {
    Scale alpha = QuestionnaireLoader.load(write("q.yaml", VALID)).scale("alpha").orElseThrow();

    assertThat(alpha.bandFor(1.99).orElseThrow().label()).isEqualTo("Low");
    assertThat(alpha.bandFor(2.0).orElseThrow().label()).isEqualTo("High");
    assertThat(alpha.bandFor(3.0).orElseThrow().label()).isEqualTo("High");
    assertThat(alpha.bandFor(3.01)).isEmpty();
  }

  @Test
  void reportsEveryProblemAtOnceWithLineAndColumn() throws IOException {
    String broken =
        """
        id: mini
        version: "1"
        title: Mini
        responseScal: {}
        responseScale:
          min: 1
          max: 3
          labels: {1: No, 3: Yes}
        items:
          - {id: a1, text: First, scale: alpha}
          - {id: a1, text: Again, scale: alpha}
          - {id: c1, text: Third, scale: gamma}
        scales:
          - id: alpha
            name: Alpha
            bands:
              - {from: 1, to: 2.5, label: Low, guidance: Talk.}
              - {from: 2, to: 3, label: High, guidance: Listen.}
        """;

    assertThat(problemsOf(broken))
        .containsExactly(
            "4:1 unknown key \"responseScal\" in the questionnaire; did you mean \"responseScale\"?",
            "8:11 the labels do not cover the scale 1 to 3: no label for 2",
            "18:9 the bands \"Low\" and \"High\" of scale \"alpha\" overlap: 2 to 2.5 is in both",
            "11:5 the item id \"a1\" is used twice (first at line 10); item ids must be unique",
            "12:34 item \"c1\" belongs to the scale \"gamma\", which is not defined under scales; the scales are alpha");
  }

  @Test
  void bandsThatLeaveGapsOrOverrunTheRangeAreReported() throws IOException {
    String gaps =
        VALID
            .replace("{from: 1, to: 2, label: Low", "{from: 1.5, to: 1.8, label: Low")
            .replace("{from: 1, to: 3, label: All", "{from: 1, to: 4, label: All");

    assertThat(problemsOf(gaps))
        .containsExactly(
            "16:9 the bands of scale \"alpha\" leave a gap: scores from 1 to 1.5 are in no band (the lowest possible score is 1)",
            "17:9 the bands of scale \"alpha\" leave a gap: scores from 1.8 to 2 are in no band; let \"High\" start where \"Low\" ends",
            "22:9 the band \"All\" of scale \"beta\" ends at 4, above the highest possible score 3");
  }

  @Test
  void minimumNotBelowMaximumIsReported() throws IOException {
    String text = VALID.replace("max: 3", "max: 1");

    assertThat(problemsOf(text)).contains("6:8 responseScale max (1) must be greater than min (1)");
  }

  @Test
  void wrongTypesAndMissingKeysAreNamed() throws IOException {
    String text =
        VALID
            .replace("title: Mini\n", "")
            .replace("reversed: true", "reversed: maybe")
            .replace("scoring: sum", "scoring: median");

    assertThat(problemsOf(text))
        .containsExactly(
            "1:1 the questionnaire needs \"title\"",
            "9:52 \"reversed\" in an item should be true or false, found a piece of text",
            "19:14 \"scoring\" in a scale should be one of mean, sum, found \"median\"");
  }

  @Test
  void compositesMayOnlyCombineOrdinaryScalesOfTheQuestionnaire() throws IOException {
    String text =
        VALID.replace("composite: {alpha: 1, beta: -1}", "composite: {alpha: 1, delta: -1}");

    assertThat(problemsOf(text))
        .containsExactly(
            "25:27 the composite scale \"gap\" uses \"delta\", which is not an ordinary scale of this questionnaire;"
                + " the scales are alpha, beta");
  }

  @Test
  void brokenYamlIsReportedWithItsPosition() throws IOException {
    assertThatThrownBy(() -> QuestionnaireLoader.load(write("q.yaml", "id: [unclosed\ntitle: x\n")))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith(dir.resolve("q.yaml") + ":2:")
        .hasMessageContaining("this is not valid YAML");
  }

  @Test
  void duplicateKeysAreReportedNotMerged() throws IOException {
    assertThat(problemsOf(VALID.replace("title: Mini\n", "title: Mini\ntitle: Other\n")))
        .containsExactly(
            "4:1 the key \"title\" appears twice in the same block (first at line 3); keep one");
  }

  @Test
  void theSameIdInTwoFilesIsReported() throws IOException {
    Path first = write("a.yaml", VALID);
    Path second = write("b.yaml", VALID);

    assertThatThrownBy(() -> QuestionnaireLoader.loadAll(List.of(first, second)))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            second
                + ": the questionnaire id \"mini\" is also used by "
                + first
                + "; give the copy a new id");
  }

  @Test
  void theShippedInstrumentsLoad() {
    List<Questionnaire> shipped = QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));

    assertThat(shipped)
        .extracting(Questionnaire::id)
        .containsExactly("closeness-desire", "insecurity-triggers", "need-for-solitude");
    for (Questionnaire q : shipped) {
      for (Scale scale : q.scales()) {
        if (!scale.isComposite()) {
          assertThat(scale.itemIds()).as(q.id() + "." + scale.id()).hasSizeBetween(5, 8);
        }
      }
      for (Scale scale : q.scales()) {
        for (Band band : scale.bands()) {
          assertThat(band.forClient())
              .as(q.id() + "." + scale.id() + " " + band.label())
              .isPresent();
          assertThat(band.toTry())
              .as(q.id() + "." + scale.id() + " " + band.label())
              .hasSizeBetween(1, 2);
        }
      }
      long reversed = q.items().stream().filter(Item::reversed).count();
      assertThat(reversed * 1.0 / q.items().size()).as(q.id()).isBetween(0.25, 0.4);
    }
  }

  @Test
  void clientHandoutTextsAreReadAndMustBeOnEveryBandOfAScale() throws IOException {
    String withTexts =
        VALID
            .replace(
                "{from: 1, to: 2, label: Low, guidance: Talk.}",
                "{from: 1, to: 2, label: Low, guidance: Talk., forClient: You rest well., toTry: [Take a walk.]}")
            .replace(
                "{from: 2, to: 3, label: High, guidance: Listen.}",
                "{from: 2, to: 3, label: High, guidance: Listen., forClient: You need rest., toTry: [Rest., Sleep.]}");
    Scale alpha = QuestionnaireLoader.load(write("q.yaml", withTexts)).scale("alpha").orElseThrow();
    assertThat(alpha.bands().get(1).forClient()).contains("You need rest.");
    assertThat(alpha.bands().get(1).toTry()).containsExactly("Rest.", "Sleep.");

    String oneBandOnly =
        VALID.replace(
            "{from: 1, to: 2, label: Low, guidance: Talk.}",
            "{from: 1, to: 2, label: Low, guidance: Talk., forClient: You rest well.}");
    assertThat(problemsOf(oneBandOnly))
        .containsExactly(
            "17:9 the band \"High\" of scale \"alpha\" has no "
                + "\"forClient\" while other bands of the scale have them; the client handout needs them on every band, "
                + "so add them here");

    String tooMany = withTexts.replace("toTry: [Rest., Sleep.]", "toTry: [Rest., Sleep., Read.]");
    assertThat(problemsOf(tooMany))
        .containsExactly(
            "17:92 \"toTry\" in the band \"High\" of scale \"alpha\" "
                + "lists 3 things; give one or two, so that the client handout stays short");
  }
}
