package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+1|'=1+1",
        "+49 170|'+49 170",
        "-ish|'-ish",
        "@SUM(A1)|'@SUM(A1)",
        "Anna|Anna",
        "|",
        "a=b|a=b"
      })
  void formulaLikeTextIsPrefixedWithAnApostrophe(String text, String expected) {
    assertThat(CsvText.text(text == null ? "" : text)).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
    assertThat(CsvText.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvText.text("\r=1")).isEqualTo("\"'\r=1\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"` =1+1`|`' =1+1`", "`  @SUM(1)`|`'  @SUM(1)`", "` x =1`|` x =1`"})
  void leadingBlanksDoNotHideAFormula(String text, String expected) {
    assertThat(CsvText.text(text)).isEqualTo(expected);
  }

  @Test
  void separatorsQuotesAndLineBreaksAreQuoted() {
    assertThat(CsvText.text("Smith, Anna")).isEqualTo("\"Smith, Anna\"");
    assertThat(CsvText.text("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvText.text("=HYPERLINK(\"x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  }

  @Test
  void aRowJoinsTextFields() {
    assertThat(CsvText.row(List.of("code", "=name", "a,b"))).isEqualTo("code,'=name,\"a,b\"");
  }
}
