package dev.tandem.scoring;

import dev.tandem.questionnaire.Norms;
import dev.tandem.questionnaire.Scale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Erf;

/**
 * Where a score stands in a reference group: z = (x - mean) / SD, T = 50 + 10 z and the percentile
 * 100 * Phi(z) (the share of a normally distributed group scoring lower). The reference is the
 * definition's norms when it has them, else the coach's cohort when it has at least 30 scored
 * clients; {@code source} and {@code basis} always say which, or why there is none.
 */
public record Standing(
    NormSource source,
    String basis,
    OptionalDouble z,
    OptionalDouble t,
    OptionalDouble percentile) {

  public Standing {
    Objects.requireNonNull(source, "source must not be null");
    Objects.requireNonNull(basis, "basis must not be null");
  }

  /** The standing of a scale score against the definition's norms, else the cohort's. */
  public static Standing of(ScaleScore score, Optional<CohortReference> cohort) {
    Objects.requireNonNull(score, "score must not be null");
    Scale scale = score.scale();
    Optional<Norms> norms = scale.norms();
    String basis;
    NormSource source;
    double mean;
    double sd;
    if (norms.isPresent()) {
      source = NormSource.DEFINITION;
      mean = norms.get().mean();
      sd = norms.get().sd();
      basis =
          "against the definition's norms ("
              + norms.get().source()
              + ", n = "
              + norms.get().n()
              + ")";
    } else if (cohort.isPresent() && cohort.get().canNorm()) {
      source = NormSource.COHORT;
      mean = cohort.get().mean();
      sd = cohort.get().sd();
      basis = "against this cohort (" + cohort.get().n() + " clients, latest assessment of each)";
    } else {
      int n = cohort.map(CohortReference::n).orElse(0);
      return none(
          "no norms in the definition and "
              + n
              + " scored clients in this cohort; a cohort needs "
              + CohortReference.MIN_NORM_SIZE
              + " to serve as the reference");
    }
    if (score.value().isEmpty()) {
      return new Standing(
          source,
          basis + "; this scale has no score: " + score.missingReason().orElse("not scored"),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty());
    }
    double z = (score.value().getAsDouble() - mean) / sd;
    return new Standing(
        source,
        basis,
        OptionalDouble.of(z),
        OptionalDouble.of(50 + 10 * z),
        OptionalDouble.of(100 * 0.5 * Erf.erfc(-z / Math.sqrt(2))));
  }

  private static Standing none(String reason) {
    return new Standing(
        NormSource.NONE,
        reason,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty());
  }
}
