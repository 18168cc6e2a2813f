package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.read;
import static dev.tandem.ingest.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterEncodingTest {

  @Test
  void utf8ByteOrderMarkIsNotPartOfTheFirstHeader() {
    ImportResult result = read("bom.csv", SOLO);

    assertThat(result.responses()).extracting(Response::respondentId).containsExactly("c01");
    assertThat(score(result.responses().get(0), SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(result.responses().get(0), SOLO, "autonomy")).isEqualTo(4.5);
    assertThat(format("bom.csv")).isEqualTo("UTF-8 with byte-order mark, comma-separated");
  }

  @Test
  void excelUnicodeTextIsUtf16WithTabs() {
    ImportResult result = read("utf16-tabs.txt", SOLO);

    Response only = result.responses().get(0);
    assertThat(only.name()).contains("Zoë Müller");
    assertThat(score(only, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(only, SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(format("utf16-tabs.txt")).isEqualTo("UTF-16LE with byte-order mark, tab-separated");
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252AndSaySo() {
    ImportResult result = read("windows-1252.csv", SOLO);

    assertThat(result.responses().get(0).name()).contains("Zoë Ångström");
    assertThat(score(result.responses().get(0), SOLO, "recharge")).isEqualTo(3.0);
    assertThat(result.notes())
        .containsExactly(
            Fixtures.file("windows-1252.csv")
                + ": the file is not valid UTF-8,"
                + " so it was read as Windows-1252 (what Excel on Windows saves as \"CSV\"); if letters look wrong, pass"
                + " --encoding with the right encoding or save the file as \"CSV UTF-8\"");
  }

  @Test
  void aFileMixingUtf8AndWindows1252StopsAtTheFirstLineThatIsNotUtf8() {
    assertThatThrownBy(() -> read("mixed-utf8-1252.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            Fixtures.file("mixed-utf8-1252.csv")
                + ":3: the file mixes encodings: it holds letters written"
                + " as UTF-8, but this line is not valid UTF-8 (probably Windows-1252, what Excel on Windows saves as"
                + " \"CSV\"), so no one encoding reads every name right; save the file again as \"CSV UTF-8\" after"
                + " correcting this line, or pass --encoding to read the whole file in one encoding");
  }

  @Test
  void encodingOptionIsUsedWhenGiven() {
    ImportOptions options = ImportOptions.defaults().withEncoding(Charset.forName("windows-1252"));

    ImportResult result =
        Importer.read(List.of(Fixtures.file("windows-1252.csv")), List.of(SOLO), options);

    assertThat(result.responses().get(0).name()).contains("Zoë Ångström");
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void semicolonsAndDecimalCommasFromEuropeanExcel() {
    ImportResult result = read("semicolons.csv", SOLO);

    assertThat(result.rejections()).isEmpty();
    assertThat(score(result.responses().get(0), SOLO, "recharge")).isEqualTo(4.0);
    assertThat(format("semicolons.csv")).isEqualTo("UTF-8, semicolon-separated");
  }

  @Test
  void sepLineSetsTheDelimiterAndCountsAsALine() {
    ImportResult result = read("sep-line.csv", SOLO);

    assertThat(result.responses()).hasSize(2);
    assertThat(result.responses().get(0).source().line()).isEqualTo(3);
    assertThat(score(result.responses().get(0), SOLO, "recharge")).isEqualTo(3.0);
    assertThat(Fixtures.messages(result))
        .containsExactly(
            Fixtures.file("sep-line.csv")
                + ":4:2 (column \"s1\"):"
                + " the answer is outside the response scale of solo; expected a whole number 1 to 5 or one of: Strongly"
                + " disagree, Disagree, Neither agree nor disagree, Agree, Strongly agree. Correct the cell; the answer was"
                + " treated as missing, not rounded or clamped");
    assertThat(format("sep-line.csv")).isEqualTo("UTF-8, semicolon-separated (from the sep= line)");
  }

  @Test
  void quotedLineBreakKeepsTheRecordTogetherAndLaterLinesAreCountedRight() {
    ImportResult result = read("quoted-newline.csv", SOLO);

    assertThat(result.responses()).extracting(r -> r.source().line()).containsExactly(2, 4);
    assertThat(score(result.responses().get(0), SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(result.rejections())
        .extracting(r -> r.position().toString())
        .containsExactly(Fixtures.file("quoted-newline.csv") + ":4:3");
  }

  @Test
  void backslashesAreKeptAsWritten() {
    ImportResult result = read("backslashes.csv", SOLO);

    Response only = result.responses().get(0);
    assertThat(only.respondentId()).isEqualTo("c\\01");
    assertThat(only.coupleCode()).contains("A\\B");
    assertThat(score(only, SOLO, "recharge")).isEqualTo(4.0);
  }

  private static String format(String name) {
    return Importer.detect(List.of(Fixtures.file(name)), List.of(SOLO), ImportOptions.defaults())
        .files()
        .get(0)
        .format();
  }
}
