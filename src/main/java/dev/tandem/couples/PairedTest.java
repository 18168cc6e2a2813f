package dev.tandem.couples;

import java.util.Objects;
import java.util.Optional;

/**
 * A paired t-test of first minus second over couples, as R's {@code t.test(first, second, paired =
 * TRUE)}: mean and SD of the differences, t, degrees of freedom, two-sided p and the 95% confidence
 * interval of the mean difference. The effect size is Cohen's d with the pooled SD of the two
 * partners' scores, d = (mean first - mean second) / sqrt((sd first^2 + sd second^2) / 2), which
 * for paired data (equal group sizes) is the pooled-SD d, also called d_av; it is not d_z (mean
 * difference over the SD of the differences), which grows with the partners' correlation.
 */
public record PairedTest(
    int n,
    double meanDifference,
    double sdDifference,
    double t,
    double df,
    double p,
    double lower,
    double upper,
    double cohensD) {

  public static final double CONFIDENCE = 0.95;

  /**
   * Needs at least two pairs. Empty when the differences do not vary (t is undefined) or neither
   * partner's scores vary (d is undefined).
   */
  public static Optional<PairedTest> of(double[] first, double[] second) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(second, "second must not be null");
    int n = first.length;
    if (n != second.length || n < 2) {
      throw new IllegalArgumentException("a paired t-test needs at least two complete pairs");
    }
    double meanFirst = mean(first);
    double meanSecond = mean(second);
    double[] differences = new double[n];
    for (int i = 0; i < n; i++) {
      differences[i] = first[i] - second[i];
    }
    double meanDifference = mean(differences);
    double sdDifference = Math.sqrt(variance(differences, meanDifference));
    double pooled = Math.sqrt((variance(first, meanFirst) + variance(second, meanSecond)) / 2);
    if (sdDifference <= 1e-12 || pooled <= 1e-12) {
      return Optional.empty();
    }
    double se = sdDifference / Math.sqrt(n);
    double df = n - 1;
    double t = meanDifference / se;
    double p = Distributions.tTwoSided(t, df);
    double margin = Distributions.tQuantile(1 - (1 - CONFIDENCE) / 2, df) * se;
    return Optional.of(
        new PairedTest(
            n,
            meanDifference,
            sdDifference,
            t,
            df,
            p,
            meanDifference - margin,
            meanDifference + margin,
            (meanFirst - meanSecond) / pooled));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  private static double variance(double[] values, double mean) {
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return sum / (values.length - 1);
  }
}
