package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreHistogramTest {

  @Test
  void countsEachDistinctValueAndIgnoresMissingScores() {
    ScoreHistogram histogram = new ScoreHistogram();
    for (double value : new double[] {3.5, 2.0, Double.NaN, 3.5, -0.0, 0.0, 2.0, 3.5}) {
      histogram.add(value);
    }
    assertThat(histogram.n()).isEqualTo(7);
    assertThat(histogram.values()).containsExactly(0.0, 2.0, 3.5);
    assertThat(histogram.count(3.5)).isEqualTo(3);
    assertThat(histogram.count(0.0)).isEqualTo(2);
    assertThat(histogram.count(4.0)).isZero();
  }

  @Test
  void keepsEveryValueWhenItGrows() {
    ScoreHistogram histogram = new ScoreHistogram();
    Random random = new Random(3);
    long[] expected = new long[1000];
    for (int i = 0; i < 20_000; i++) {
      int v = random.nextInt(1000);
      expected[v]++;
      histogram.add(v / 7.0);
    }
    assertThat(histogram.distinct()).isEqualTo(1000);
    for (int v = 0; v < 1000; v++) {
      assertThat(histogram.count(v / 7.0)).isEqualTo(expected[v]);
    }
  }
}
