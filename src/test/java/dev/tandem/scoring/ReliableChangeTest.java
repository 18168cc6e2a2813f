package dev.tandem.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.questionnaire.Concern;
import dev.tandem.questionnaire.Norms;
import dev.tandem.questionnaire.Reliability;
import dev.tandem.questionnaire.Scale;
import dev.tandem.questionnaire.Scoring;
import dev.tandem.scoring.ReliableChange.Verdict;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReliableChangeTest {

  static Scale scale(Concern concern, Optional<Norms> norms, Optional<Reliability> reliability) {
    return new Scale(
        "s",
        "Scale",
        "",
        Scoring.MEAN,
        0.8,
        concern,
        List.of(),
        norms,
        reliability,
        Optional.empty(),
        List.of("i1", "i2"),
        Map.of(),
        1,
        5);
  }

  private static final Optional<Norms> NORMS = Optional.of(new Norms(3, 0.5, 200, "a pilot study"));
  private static final Optional<Reliability> ALPHA =
      Optional.of(new Reliability(0.8, "the same pilot"));

  @ParameterizedTest
  @CsvSource({
    "HIGH, 2.0, 3.0, WORSENED",
    "HIGH, 3.0, 2.0, IMPROVED",
    "LOW, 2.0, 3.0, IMPROVED",
    "LOW, 3.0, 2.0, WORSENED",
    "NONE, 2.0, 3.0, INCREASED",
    "NONE, 3.0, 2.0, DECREASED",
    "HIGH, 2.0, 2.5, NO_RELIABLE_CHANGE",
    "LOW, 3.0, 2.5, NO_RELIABLE_CHANGE"
  })
  void reliableChangeReadsTheDirectionFromTheScalesConcern(
      Concern concern, double first, double latest, Verdict verdict) {
    ReliableChange change =
        ReliableChange.between(scale(concern, NORMS, ALPHA), first, latest, Optional.empty());
    assertThat(change.verdict()).isEqualTo(verdict);
    double sDiff = Math.sqrt(2) * 0.5 * Math.sqrt(1 - 0.8);
    assertThat(change.rci().getAsDouble()).isCloseTo((latest - first) / sDiff, within(1e-12));
    assertThat(change.criticalDifference().getAsDouble()).isCloseTo(1.96 * sDiff, within(1e-12));
    assertThat(change.basis())
        .isEqualTo(
            "using reliability 0.8 from the definition (the same pilot) and SD 0.5"
                + " from the definition's norms (a pilot study)");
  }

  @Test
  void withoutStatedFiguresTheCohortsAlphaAndSdAreUsedAndNamed() {
    CohortReference cohort = new CohortReference(3.1, 0.6, 40, OptionalDouble.of(0.75));
    ReliableChange change =
        ReliableChange.between(
            scale(Concern.HIGH, Optional.empty(), Optional.empty()), 3.5, 2.0, Optional.of(cohort));
    assertThat(change.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(change.rci().getAsDouble())
        .isCloseTo(-1.5 / (Math.sqrt(2) * 0.6 * 0.5), within(1e-12));
    assertThat(change.basis())
        .isEqualTo("using this cohort's alpha 0.750 and this cohort's SD 0.600 (40 clients)");
  }

  @Test
  void withNeitherStatedNorCohortFiguresItIsNotComputedWithTheReason() {
    ReliableChange change =
        ReliableChange.between(
            scale(Concern.HIGH, Optional.empty(), Optional.empty()),
            1,
            5,
            Optional.of(new CohortReference(3, 0.6, 40, OptionalDouble.empty())));
    assertThat(change.verdict()).isEqualTo(Verdict.NOT_COMPUTED);
    assertThat(change.isReliable()).isFalse();
    assertThat(change.rci()).isEmpty();
    assertThat(change.basis())
        .isEqualTo("not computed: no reliability in the definition and no alpha from this cohort");
  }

  @Test
  void aReliabilityOfOneCannotMeasureChange() {
    ReliableChange change =
        ReliableChange.between(
            scale(Concern.NONE, NORMS, Optional.of(new Reliability(1.0, "made up"))),
            1,
            5,
            Optional.empty());
    assertThat(change.verdict()).isEqualTo(Verdict.NOT_COMPUTED);
    assertThat(change.basis())
        .isEqualTo(
            "not computed: the reliability (reliability 1.0 from the definition (made up)) must be between 0 and 1");
  }
}
