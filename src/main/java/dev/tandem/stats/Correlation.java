package dev.tandem.stats;

import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.special.Beta;

/**
 * Pearson's correlation between two scale scores over the clients who have both (R's {@code cor(use
 * = "pairwise")}), with that number of clients and the two-sided p-value of the t-test with n - 2
 * degrees of freedom, as psych {@code corr.test} gives below its diagonal (not adjusted for
 * multiple tests). Scales are named {@code questionnaire.scale}.
 */
public record Correlation(
    String a, String b, OptionalDouble r, long n, OptionalDouble p, List<String> notes) {

  public Correlation {
    notes = List.copyOf(notes);
  }

  static Correlation of(String a, String b, PairwiseMoments moments, int i, int j) {
    long n = moments.n(i, j);
    double r = moments.correlation(i, j);
    if (n < 2) {
      return new Correlation(
          a,
          b,
          OptionalDouble.empty(),
          n,
          OptionalDouble.empty(),
          List.of("fewer than two clients have both scores"));
    }
    if (Double.isNaN(r)) {
      return new Correlation(
          a,
          b,
          OptionalDouble.empty(),
          n,
          OptionalDouble.empty(),
          List.of(
              "one of the scores is the same for every client who has both, so it cannot correlate"));
    }
    if (n < 3) {
      return new Correlation(
          a,
          b,
          OptionalDouble.of(r),
          n,
          OptionalDouble.empty(),
          List.of("a p-value needs at least three clients with both scores"));
    }
    return new Correlation(
        a, b, OptionalDouble.of(r), n, OptionalDouble.of(pValue(r, n - 2)), List.of());
  }

  /**
   * Two-sided p of t = r sqrt(df) / sqrt(1 - r^2): the regularized incomplete beta function I(1 -
   * r^2; df/2, 1/2), which equals 2 P(T > |t|) without subtracting from 1.
   */
  static double pValue(double r, double df) {
    double x = 1 - r * r;
    return x <= 0 ? 0 : Beta.regularizedBeta(x, df / 2, 0.5, 1e-15);
  }
}
