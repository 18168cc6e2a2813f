package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresCsvTest {

  @ParameterizedTest
  @ValueSource(doubles = {3.0, 2.6666666666666665, -1.5, 0.0, -0.0, 1e-5, 1.25e-7, 12345678.9, 1e7, 1.0E21, 4.9e-324})
  void numbersAreWrittenAsBigDecimalWritesThemWithoutExponent(double number) {
    assertThat(ScoresCsv.plain(number)).isEqualTo(BigDecimal.valueOf(number).toPlainString());
  }
}
