package dev.tandem.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The scores of one scale across a cohort, kept as counts of distinct values. Scale scores are
 * means or sums of a few whole-numbered answers, so even a million clients have only hundreds of
 * distinct scores, and memory stays small while median and moments remain exact. Should a scale
 * ever have more distinct scores than {@link #MAX_DISTINCT}, the values are kept one by one
 * instead. Missing scores (NaN) are not counted. Not thread safe.
 */
final class ScoreDistribution {

  static final int MAX_DISTINCT = 50_000;

  private Map<Double, long[]> counts = new HashMap<>();
  private DoubleColumn values;

  void add(double score) {
    if (Double.isNaN(score)) {
      return;
    }
    if (values != null) {
      values.add(score);
      return;
    }
    counts.computeIfAbsent(score, k -> new long[1])[0]++;
    if (counts.size() > MAX_DISTINCT) {
      values = new DoubleColumn();
      counts.forEach(
          (value, count) -> {
            for (long i = 0; i < count[0]; i++) {
              values.add(value);
            }
          });
      counts = Map.of();
    }
  }

  Descriptives describe() {
    if (values != null) {
      double[] sorted = values.present();
      Arrays.sort(sorted);
      long[] ones = new long[sorted.length];
      Arrays.fill(ones, 1);
      return Descriptives.of(sorted, ones);
    }
    double[] sorted = counts.keySet().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    long[] weights = new long[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      weights[i] = counts.get(sorted[i])[0];
    }
    return Descriptives.of(sorted, weights);
  }
}
