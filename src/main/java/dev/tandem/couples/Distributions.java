package dev.tandem.couples;

import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Tail probabilities and quantiles of the F and t distributions, accurate enough to match R to
 * about 1e-12: upper tails come straight from the regularized incomplete beta function (no {@code 1
 * - cdf} cancellation for small p), quantiles are solved to a tight tolerance.
 */
final class Distributions {

  private static final double QUANTILE_ACCURACY = 1e-14;

  private Distributions() {}

  /**
   * P(F > f) for F with (df1, df2) degrees of freedom, as R's {@code pf(f, df1, df2, lower =
   * FALSE)}.
   */
  static double fUpperTail(double f, double df1, double df2) {
    if (f <= 0) {
      return 1.0;
    }
    if (Double.isInfinite(f)) {
      return 0.0;
    }
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2, 1e-15, Integer.MAX_VALUE);
  }

  /** The p-quantile of F(df1, df2), as R's {@code qf(p, df1, df2)}. */
  static double fQuantile(double p, double df1, double df2) {
    return new FDistribution(null, df1, df2, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
  }

  /** Two-sided P(|T| >= |t|) for T with df degrees of freedom. */
  static double tTwoSided(double t, double df) {
    if (Double.isInfinite(t)) {
      return 0.0;
    }
    return Beta.regularizedBeta(df / (df + t * t), df / 2, 0.5, 1e-15, Integer.MAX_VALUE);
  }

  /** The p-quantile of t(df), as R's {@code qt(p, df)}. */
  static double tQuantile(double p, double df) {
    return new TDistribution(null, df, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
  }
}
