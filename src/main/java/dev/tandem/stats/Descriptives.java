package dev.tandem.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Descriptive statistics of a set of scores as R's psych {@code describe} computes them: the number
 * of scores, mean, sample standard deviation (n - 1), median, minimum, maximum, skew and kurtosis
 * of psych's default type 3 (the moments divided by n times sd to the power 3 or 4, kurtosis less
 * 3), and the standard error of the mean (sd / sqrt(n)). A statistic that the scores cannot give is
 * empty, and {@code notes} says why in words a coach understands.
 */
public record Descriptives(
    int n,
    OptionalDouble mean,
    OptionalDouble sd,
    OptionalDouble median,
    OptionalDouble min,
    OptionalDouble max,
    OptionalDouble skew,
    OptionalDouble kurtosis,
    OptionalDouble se,
    List<String> notes) {

  public Descriptives {
    notes = List.copyOf(notes);
  }

  /**
   * Describes scores given as ascending values, each with how many clients have it; the same
   * figures as listing every client's score.
   */
  static Descriptives of(double[] sorted, long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more scores than a cohort can hold: " + total);
    }
    int n = (int) total;
    OptionalDouble none = OptionalDouble.empty();
    if (n == 0) {
      return new Descriptives(
          0,
          none,
          none,
          none,
          none,
          none,
          none,
          none,
          none,
          List.of("nobody has a score on this scale, so there is nothing to describe"));
    }
    double median =
        n % 2 == 1
            ? at(sorted, counts, n / 2)
            : (at(sorted, counts, n / 2 - 1) + at(sorted, counts, n / 2)) / 2;
    double mean = mean(sorted, counts, n);
    OptionalDouble min = OptionalDouble.of(sorted[0]);
    OptionalDouble max = OptionalDouble.of(sorted[sorted.length - 1]);
    if (n == 1) {
      return new Descriptives(
          1,
          OptionalDouble.of(mean),
          none,
          OptionalDouble.of(median),
          min,
          max,
          none,
          none,
          none,
          List.of(
              "only one client has a score: the spread (sd, se), skew and kurtosis need at least two"));
    }
    double squares = 0;
    double cubes = 0;
    double fourths = 0;
    for (int i = 0; i < sorted.length; i++) {
      double d = sorted[i] - mean;
      double d2 = d * d;
      squares += counts[i] * d2;
      cubes += counts[i] * d2 * d;
      fourths += counts[i] * d2 * d2;
    }
    double sd = Math.sqrt(squares / (n - 1));
    List<String> notes = new ArrayList<>();
    OptionalDouble skew = none;
    OptionalDouble kurtosis = none;
    if (sd > 0) {
      skew = OptionalDouble.of(cubes / (n * Math.pow(sd, 3)));
      kurtosis = OptionalDouble.of(fourths / (n * Math.pow(sd, 4)) - 3);
    } else {
      notes.add("every client has the same score, so skew and kurtosis are undefined");
    }
    return new Descriptives(
        n,
        OptionalDouble.of(mean),
        OptionalDouble.of(sd),
        OptionalDouble.of(median),
        min,
        max,
        skew,
        kurtosis,
        OptionalDouble.of(sd / Math.sqrt(n)),
        notes);
  }

  /** The value at 0-based position {@code index} of the expanded, sorted scores. */
  private static double at(double[] sorted, long[] counts, long index) {
    long seen = 0;
    for (int i = 0; i < sorted.length; i++) {
      seen += counts[i];
      if (index < seen) {
        return sorted[i];
      }
    }
    throw new IllegalArgumentException("position " + index + " beyond the " + seen + " scores");
  }

  /**
   * The mean with one correction pass, as R computes it, so that equal values give that value
   * exactly.
   */
  private static double mean(double[] sorted, long[] counts, int n) {
    double sum = 0;
    for (int i = 0; i < sorted.length; i++) {
      sum += counts[i] * sorted[i];
    }
    double mean = sum / n;
    double residual = 0;
    for (int i = 0; i < sorted.length; i++) {
      residual += counts[i] * (sorted[i] - mean);
    }
    return mean + residual / n;
  }
}
