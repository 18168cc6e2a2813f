package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreDistributionTest {

  @Test
  void countedScoresDescribeLikeTheFullList() {
    ScoreDistribution counted = new ScoreDistribution();
    double[] scores = {2.5, 1.0, 2.5, 4.0, Double.NaN, 2.5, 1.0, 3.25};
    for (double score : scores) {
      counted.add(score);
    }
    Descriptives d = counted.describe();
    assertThat(d.n()).isEqualTo(7);
    assertThat(d.median().getAsDouble()).isEqualTo(2.5);
    double mean = (2.5 * 3 + 1.0 * 2 + 4.0 + 3.25) / 7;
    assertThat(d.mean().getAsDouble()).isCloseTo(mean, within(1e-12));
    double squares =
        3 * Math.pow(2.5 - mean, 2)
            + 2 * Math.pow(1 - mean, 2)
            + Math.pow(4 - mean, 2)
            + Math.pow(3.25 - mean, 2);
    assertThat(d.sd().getAsDouble()).isCloseTo(Math.sqrt(squares / 6), within(1e-12));
  }

  @Test
  void manyDistinctScoresAreKeptOneByOneWithTheSameResult() {
    ScoreDistribution spread = new ScoreDistribution();
    int n = ScoreDistribution.MAX_DISTINCT * 2 + 1;
    for (int i = n - 1; i >= 0; i--) {
      spread.add(i);
    }
    Descriptives d = spread.describe();
    assertThat(d.n()).isEqualTo(n);
    assertThat(d.median().getAsDouble()).isEqualTo((n - 1) / 2.0);
    assertThat(d.mean().getAsDouble()).isCloseTo((n - 1) / 2.0, within(1e-9));
    assertThat(d.sd().getAsDouble()).isCloseTo(Math.sqrt((double) n * (n + 1) / 12), within(1e-6));
    assertThat(d.skew().getAsDouble()).isCloseTo(0, within(1e-9));
    assertThat(d.min().getAsDouble()).isZero();
    assertThat(d.max().getAsDouble()).isEqualTo(n - 1);
  }
}
