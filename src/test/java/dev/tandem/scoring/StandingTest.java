package dev.tandem.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.questionnaire.Concern;
import dev.tandem.questionnaire.Norms;
import dev.tandem.questionnaire.Scale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StandingTest {

  private static final Scale NORMED =
      ReliableChangeTest.scale(
          Concern.HIGH, Optional.of(new Norms(3, 0.5, 200, "a pilot study")), Optional.empty());
  private static final Scale UNNORMED =
      ReliableChangeTest.scale(Concern.HIGH, Optional.empty(), Optional.empty());

  @Test
  void theDefinitionsNormsComeFirstAndAreNamed() {
    Standing standing =
        Standing.of(
            ScaleScore.scored(NORMED, 3.5, 2, 2),
            Optional.of(new CohortReference(1, 1, 100, OptionalDouble.empty())));
    assertThat(standing.source()).isEqualTo(NormSource.DEFINITION);
    assertThat(standing.z().getAsDouble()).isCloseTo(1, within(1e-12));
    assertThat(standing.t().getAsDouble()).isCloseTo(60, within(1e-12));
    assertThat(standing.percentile().getAsDouble()).isCloseTo(84.13447460685429, within(1e-9));
    assertThat(standing.basis())
        .isEqualTo("against the definition's norms (a pilot study, n = 200)");
  }

  @Test
  void aCohortOfThirtyServesWhenTheDefinitionHasNoNorms() {
    Standing standing =
        Standing.of(
            ScaleScore.scored(UNNORMED, 2.0, 2, 2),
            Optional.of(new CohortReference(3, 0.5, 30, OptionalDouble.empty())));
    assertThat(standing.source()).isEqualTo(NormSource.COHORT);
    assertThat(standing.z().getAsDouble()).isCloseTo(-2, within(1e-12));
    assertThat(standing.percentile().getAsDouble()).isCloseTo(2.275013194817921, within(1e-9));
    assertThat(standing.basis())
        .isEqualTo("against this cohort (30 clients, latest assessment of each)");
  }

  @Test
  void aSmallerCohortGivesNoStandingAndSaysWhy() {
    Standing standing =
        Standing.of(
            ScaleScore.scored(UNNORMED, 2.0, 2, 2),
            Optional.of(new CohortReference(3, 0.5, 29, OptionalDouble.empty())));
    assertThat(standing.source()).isEqualTo(NormSource.NONE);
    assertThat(standing.z()).isEmpty();
    assertThat(standing.basis())
        .isEqualTo(
            "no norms in the definition and 29 scored clients in this cohort;"
                + " a cohort needs 30 to serve as the reference");
  }

  @Test
  void aMissingScoreHasASourceButNoStanding() {
    Standing standing =
        Standing.of(
            ScaleScore.missing(NORMED, 0, 2, "no item of this scale was answered"),
            Optional.empty());
    assertThat(standing.source()).isEqualTo(NormSource.DEFINITION);
    assertThat(standing.t()).isEmpty();
    assertThat(standing.basis())
        .isEqualTo(
            "against the definition's norms (a pilot study, n = 200); this scale has"
                + " no score: no item of this scale was answered");
  }
}
