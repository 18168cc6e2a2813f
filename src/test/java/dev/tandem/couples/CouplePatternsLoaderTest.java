package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.DefinitionException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CouplePatternsLoaderTest {

  private static final Path DIR = Path.of("src/test/resources/couples/patterns");

  @Test
  void shippedPatternsLoadAgainstTheShippedQuestionnaires() {
    CouplePatterns patterns = CouplePatterns.load(CoupleFixtures.PATTERNS_FILE, QUESTIONNAIRES);

    assertThat(patterns.patterns())
        .extracting(CouplePattern::id)
        .containsExactly(
            "space-meets-abandonment",
            "autonomy-meets-low-trust",
            "unspoken-strain",
            "reassurance-gap",
            "closeness-mismatch",
            "merged-and-flat",
            "both-need-space",
            "balanced-with-spark");
    assertThat(patterns.patterns())
        .allSatisfy(
            pattern -> {
              assertThat(pattern.forCouple()).as(pattern.id()).isPresent();
              assertThat(pattern.tryTogether()).as(pattern.id()).isPresent();
            });
  }

  @Test
  void aThingToTryTogetherNeedsTheCoupleFacingTextBeforeIt() {
    Path file = DIR.resolve("try-without-text.yaml");

    assertThatThrownBy(() -> CouplePatterns.load(file, QUESTIONNAIRES))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            file
                + ":9:18: pattern \"lonely-try\" has \"tryTogether\" but no \"forCouple\"; the couple "
                + "handout shows the thing to try under the couple-facing text, so add \"forCouple\" too");
  }

  @Test
  void scoreBoundsAreReadAsAtLeastAndBelow() {
    CouplePatterns patterns = CouplePatterns.load(DIR.resolve("valid-small.yaml"), QUESTIONNAIRES);

    PatternRule.OneAndOther rule =
        (PatternRule.OneAndOther) patterns.patterns().get(0).when().get(0);
    assertThat(rule.one().get(0).describe()).isEqualTo("need-for-solitude.strain at least 4");
    assertThat(rule.other().get(0).describe()).isEqualTo("need-for-solitude.strain below 2.5");
  }

  @Test
  void everyMistakeIsReportedAtOnceWithItsPosition() {
    Path file = DIR.resolve("many-mistakes.yaml");

    assertThatThrownBy(() -> CouplePatterns.load(file, QUESTIONNAIRES))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            String.join(
                "\n",
                "15 problems:",
                "  "
                    + file
                    + ":8:19: pattern \"space-meets-abandonment\" names the band \"Hgih\", but the scale "
                    + "\"need-for-solitude.recharge\" has no such band; its bands are \"Low\", \"Moderate\", \"High\" "
                    + "(labels must match exactly)",
                "  "
                    + file
                    + ":10:20: pattern \"space-meets-abandonment\" reads the scale "
                    + "\"insecurity-triggers.abandonmnet\", but the questionnaire \"insecurity-triggers\" has no scale "
                    + "\"abandonmnet\"; its scales are \"abandonment\", \"trust\", \"self-worth\", \"reassurance\"",
                "  "
                    + file
                    + ":13:9: the pattern id \"space-meets-abandonment\" is already used at line 2; give each "
                    + "pattern its own id",
                "  "
                    + file
                    + ":17:18: pattern \"space-meets-abandonment\" reads the scale \"attachment.anxiety\", "
                    + "but no loaded questionnaire has the id \"attachment\"; loaded: \"closeness-desire\", "
                    + "\"insecurity-triggers\", \"need-for-solitude\"",
                "  "
                    + file
                    + ":26:5: unknown key \"guidnace\" in pattern \"typo-key\"; did you mean \"guidance\"?",
                "  "
                    + file
                    + ":25:9: unknown key \"atleast\" in \"apart\" of pattern \"typo-key\"; did you mean "
                    + "\"atLeast\"?",
                "  " + file + ":24:9: \"apart\" of pattern \"typo-key\" needs \"atLeast\"",
                "  " + file + ":20:5: pattern \"typo-key\" needs \"guidance\"",
                "  "
                    + file
                    + ":31:11: the condition on \"closeness-desire.desire\" in pattern \"both-ways\" gives "
                    + "both \"band\" and a score range (\"atLeast\"/\"below\"); use one or the other",
                "  "
                    + file
                    + ":34:11: the condition on \"closeness-desire.merging\" in pattern \"both-ways\" needs "
                    + "\"band\" (a list of band labels) or \"atLeast\" and/or \"below\"",
                "  "
                    + file
                    + ":37:18: the condition on \"closeness-desire.merging\" in pattern \"both-ways\" can "
                    + "never hold: \"atLeast\" (4) must be smaller than \"below\" (3)",
                "  " + file + ":27:5: pattern \"both-ways\" needs \"guidance\"",
                "  "
                    + file
                    + ":42:16: the scale \"recharge\" in pattern \"far\" should be written as "
                    + "questionnaireId.scaleId, e.g. need-for-solitude.recharge",
                "  "
                    + file
                    + ":43:18: \"atLeast\" in \"apart\" of pattern \"far\" must be a distance above 0, found 0",
                "  "
                    + file
                    + ":47:11: the conditions (\"when\") of pattern \"nothing\" are empty; give at least one "
                    + "of oneAndOther, both, apart"));
  }

  @Test
  void anEmptyFileSaysWhatItNeeds() {
    Path file = DIR.resolve("empty.yaml");

    assertThatThrownBy(() -> CouplePatterns.load(file, QUESTIONNAIRES))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(file + ":1:1: the file is empty; couple patterns need a \"patterns\" list");
  }

  @Test
  void badIdsAndRepeatedBandsAreReported() {
    Path file = DIR.resolve("bad-id.yaml");

    assertThatThrownBy(() -> CouplePatterns.load(file, QUESTIONNAIRES))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            String.join(
                "\n",
                "2 problems:",
                "  "
                    + file
                    + ":2:9: the pattern id \"Bad_Id\" should use lower-case letters, digits and dashes, "
                    + "starting with a letter",
                "  "
                    + file
                    + ":7:17: \"band\" in pattern \"Bad_Id\" lists \"High\" twice; keep one"));
  }
}
