package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScoresCsvTest {

  @Test
  void textThatLooksLikeAFormulaIsPrefixedButNumbersKeepTheirSign() {
    assertThat(ScoresCsv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(ScoresCsv.field("@cmd")).isEqualTo("'@cmd");
    assertThat(ScoresCsv.field(-1.25)).isEqualTo("-1.25");
    assertThat(ScoresCsv.field(-3)).isEqualTo("-3");
    assertThat(ScoresCsv.field("anna@example.org")).isEqualTo("anna@example.org");
  }
}
