package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresCsvTest {

  @Test
  void textThatLooksLikeAFormulaIsPrefixedButNumbersKeepTheirSign() {
    assertThat(ScoresCsv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(ScoresCsv.field("@cmd")).isEqualTo("'@cmd");
    assertThat(ScoresCsv.field(-1.25)).isEqualTo("-1.25");
    assertThat(ScoresCsv.field(-3)).isEqualTo("-3");
    assertThat(ScoresCsv.field("anna@example.org")).isEqualTo("anna@example.org");
  }

  @ParameterizedTest
  @ValueSource(
      doubles = {
        3.0,
        2.6666666666666665,
        -1.5,
        0.0,
        -0.0,
        1e-5,
        1.25e-7,
        12345678.9,
        1e7,
        1.0E21,
        4.9e-324
      })
  void numbersAreWrittenAsBigDecimalWritesThemWithoutExponent(double number) {
    assertThat(ScoresCsv.plain(number)).isEqualTo(BigDecimal.valueOf(number).toPlainString());
  }
}
