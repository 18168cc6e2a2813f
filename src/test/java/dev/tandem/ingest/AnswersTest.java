package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers a reader keeps a byte a value read back, compare, hash and fingerprint exactly as the
 * same values given as doubles; values that are not small whole numbers are kept as they are.
 */
class AnswersTest {

  @ParameterizedTest
  @ValueSource(doubles = {1, 5, -127, 127, 0, 128, -128, 2.5, -0.0, 1000, 1e-9})
  void whatAReaderKeepsReadsBackAndComparesAsTheValues(double odd) {
    double[] values = {3, Double.NaN, odd, 1, Double.NaN, 4};

    Answers read = Answers.read(values.clone(), 4);
    Answers given = Answers.of(values);

    double[] back = new double[read.size()];
    for (int i = 0; i < back.length; i++) {
      back[i] = read.get(i);
      assertThat(read.isMissing(i)).isEqualTo(Double.isNaN(values[i]));
    }
    assertThat(Arrays.equals(back, values)).isTrue();
    assertThat(read).isEqualTo(given);
    assertThat(read.hashCode()).isEqualTo(given.hashCode()).isEqualTo(Arrays.hashCode(values));
    assertThat(read.fingerprint()).isEqualTo(given.fingerprint());
    assertThat(read.answeredCount()).isEqualTo(4);
    assertThat(read).isNotEqualTo(Answers.of(3, Double.NaN, odd, 2, Double.NaN, 4));
  }
}
