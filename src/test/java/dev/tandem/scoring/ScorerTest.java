package dev.tandem.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScorerTest {

  private static final double NA = Double.NaN;
  private static final Path DIR = Path.of("src/test/resources/stats");
  private static final Questionnaire EDGE = QuestionnaireLoader.load(DIR.resolve("edge.yaml"));
  private static final Questionnaire SEVEN = QuestionnaireLoader.load(DIR.resolve("reversed.yaml"));

  @Test
  void reverseKeyedItemIsRecodedFromTheResponseScaleBounds() {
    QuestionnaireScores scores = new Scorer(EDGE).score(Answers.of(5, 5, 5, 3, NA, NA));
    assertThat(scores.scale("trio").orElseThrow().value().getAsDouble())
        .isCloseTo((5 + 5 + 1) / 3.0, within(1e-12));
  }

  @Test
  void aScaleWithTooFewAnswersIsMissingWithTheReason() {
    QuestionnaireScores scores = new Scorer(EDGE).score(Answers.of(4, NA, NA, 3, NA, NA));
    ScaleScore trio = scores.scale("trio").orElseThrow();
    assertThat(trio.value()).isEmpty();
    assertThat(trio.answered()).isEqualTo(1);
    assertThat(trio.missingReason())
        .contains("only 1 of 3 items answered; the scale needs at least 2");
    assertThat(scores.scale("unanswered").orElseThrow().missingReason())
        .contains("no item of this scale was answered");
    assertThat(scores.scale("balance").orElseThrow().missingReason())
        .contains("it combines scales that could not be scored: Three items");
  }

  @Test
  void aSumWithMissingAnswersIsProratedToAllItems() {
    // beta: b1 (reversed), b2, b3, b4 (reversed), b5 on 1..7; b3 missing.
    double[] answers = {1, 1, 1, 1, 1, 1, 7, 5, NA, 2, 6};
    ScaleScore beta = new Scorer(SEVEN).score(Answers.of(answers)).scale("beta").orElseThrow();
    double mean = (1 + 5 + 6 + 6) / 4.0;
    assertThat(beta.value().getAsDouble()).isCloseTo(mean * 5, within(1e-12));
    assertThat(beta.answered()).isEqualTo(4);
    assertThat(beta.items()).isEqualTo(5);
  }

  @Test
  void aCompositeIsTheWeightedSumOfItsParts() {
    QuestionnaireScores scores = new Scorer(EDGE).score(Answers.of(4, 2, 3, 5, NA, NA));
    assertThat(scores.scale("balance").orElseThrow().value().getAsDouble())
        .isCloseTo(3 - 5, within(1e-12));
    assertThat(scores.scale("balance").orElseThrow().band().orElseThrow().label())
        .isEqualTo("Lower");
  }
}
