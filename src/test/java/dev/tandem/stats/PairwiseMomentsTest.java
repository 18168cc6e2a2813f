package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Moments of whole numbers, with the gaps taken as corrections to shared sums, equal the moments
 * summed pair by pair to the last bit; and values that are not whole still come out right.
 */
class PairwiseMomentsTest {

  private static final int K = 7;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void wholeNumbersWithGapsGiveTheSameBitsAsPairByPairSums(int seed) {
    Random random = new Random(seed);
    PairwiseMoments pairByPair = new PairwiseMoments(K);
    PairwiseMoments corrected = PairwiseMoments.ofWholeNumbers(K);
    for (int row = 0; row < 3_000; row++) {
      double[] values = new double[K];
      for (int i = 0; i < K; i++) {
        values[i] = random.nextInt(6) == 0 ? Double.NaN : 1 + random.nextInt(5);
      }
      if (row % 500 == 7) {
        Arrays.fill(values, Double.NaN);
      }
      pairByPair.add(values);
      corrected.add(values);
    }

    assertSameBits(pairByPair, corrected);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void valuesThatAreNotWholeOrFarApartAreSummedPairByPair(int seed) {
    Random random = new Random(seed);
    PairwiseMoments pairByPair = new PairwiseMoments(K);
    PairwiseMoments corrected = PairwiseMoments.ofWholeNumbers(K);
    for (int row = 0; row < 2_000; row++) {
      double[] values = new double[K];
      for (int i = 0; i < K; i++) {
        values[i] =
            switch (random.nextInt(8)) {
              case 0 -> Double.NaN;
              case 1 -> random.nextDouble() * 4;
              case 2 -> 1e6 * random.nextInt(3);
              default -> 1 + random.nextInt(5);
            };
      }
      pairByPair.add(values);
      corrected.add(values);
    }

    for (int i = 0; i < K; i++) {
      for (int j = 0; j < K; j++) {
        assertThat(corrected.n(i, j)).isEqualTo(pairByPair.n(i, j));
        assertThat(corrected.covariance(i, j)).isCloseTo(pairByPair.covariance(i, j), within(1e-6));
        assertThat(corrected.correlation(i, j))
            .isCloseTo(pairByPair.correlation(i, j), within(1e-12));
      }
    }
  }

  private static void assertSameBits(PairwiseMoments expected, PairwiseMoments actual) {
    for (int i = 0; i < K; i++) {
      assertThat(actual.mean(i)).isEqualTo(expected.mean(i));
      for (int j = 0; j < K; j++) {
        assertThat(actual.n(i, j)).isEqualTo(expected.n(i, j));
        assertThat(Double.doubleToRawLongBits(actual.covariance(i, j)))
            .isEqualTo(Double.doubleToRawLongBits(expected.covariance(i, j)));
        assertThat(Double.doubleToRawLongBits(actual.correlation(i, j)))
            .isEqualTo(Double.doubleToRawLongBits(expected.correlation(i, j)));
      }
    }
  }
}
