package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresCsvTest {

  @Test
  void aLargeTableIsWrittenAsUtf8LinesWholeAcrossChunks() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    StringBuilder expected = new StringBuilder("id,\"a,b\",score\r\n");
    for (int i = 0; i < 5_000; i++) {
      String id = i % 3 == 0 ? "Zoë-" + i : i % 3 == 1 ? "\uD83D\uDE00" + i : "=c" + i;
      rows.add(List.of(id, i % 2 == 0 ? "x\"y" : "", i / 7.0, i));
      expected
          .append(i % 3 == 2 ? "'" + id : id)
          .append(',')
          .append(i % 2 == 0 ? "\"x\"\"y\"" : "")
          .append(',')
          .append(BigDecimal.valueOf(i / 7.0).toPlainString())
          .append(',')
          .append(i)
          .append("\r\n");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    ScoresCsv.write(List.of("id", "a,b", "score"), rows, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(out.size()).isGreaterThan(3 * (1 << 15));
  }

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
