package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberTextsTest {

  @Test
  void everyValueGetsItsOwnTextWhetherKeptOrNot() {
    List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, 2.0, 3.0, 4.0, 5.0, -1.0));
    for (int n = 1; n <= 14; n++) {
      for (int k = n; k <= 5 * n; k++) {
        values.add((double) k / n);
      }
    }
    Random random = new Random(11);
    for (int i = 0; i < 5_000; i++) { // more than are kept
      values.add(random.nextDouble() * 10);
    }
    NumberTexts texts = new NumberTexts(Double::toString);

    for (int round = 0; round < 2; round++) {
      for (double value : values) {
        assertThat(texts.of(value)).isEqualTo(Double.toString(value));
      }
    }
  }
}
