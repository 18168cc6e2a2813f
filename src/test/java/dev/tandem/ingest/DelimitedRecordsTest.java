package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DelimitedRecordsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a,b,c\n1,2,3\n",
        "a,b,c\n1,,3\n,,\n",
        "a,b,c\n1,2,\n",
        "a,b\n\n1,2\n",
        "a,b\r\n1,2\r\n3,4",
        "a,b\n\"x, y\",2\n",
        "a,b\n\"say \"\"hi\"\"\",2\n",
        "a,b\n\"two\nlines\",2\n3,4\n",
        "a,b\n\"three\n\nlines\",2\n3,4\n",
        "a,b\r\n\"crlf\r\ninside\",2\r\n3,4\r\n",
        "a,b\n\"\",\"\"\n",
        "a,b\n  spaced , both \n",
        "a,b\nsmörgås,日本\n",
        "a,b\n\"a\"\"\nb\",2\n",
        "a,b\n5,4\n12,-3\n4.0,\"4,0\"\n",
      })
  void splitsRecordsAsOpenCsvDoes(String text) throws Exception {
    assertThat(records(text, ',')).isEqualTo(openCsv(text, ','));
  }

  @ParameterizedTest
  @ValueSource(chars = {';', '\t'})
  void splitsOnOtherSeparatorsAsOpenCsvDoes(char separator) throws Exception {
    String text =
        "a" + separator + "b\n1" + separator + "\"x" + separator + "y\"\n" + separator + "2\n";
    assertThat(records(text, separator)).isEqualTo(openCsv(text, separator));
  }

  @Test
  void reportsTheLineOnWhichEachRecordStarts() throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader("a,b\n\"x\ny\",1\n2,3\n")),
            ',',
            CsvSource.MAX_RECORD_CHARS);
    List<Long> lines = new ArrayList<>();
    while (records.advance()) {
      lines.add(records.recordLine());
    }
    assertThat(lines).containsExactly(1L, 2L, 4L);
    assertThat(records.linesRead()).isEqualTo(4);
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheEndOfTheInput() throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader("a,b\n1,\"open\n2,3\n")),
            ',',
            CsvSource.MAX_RECORD_CHARS);
    assertThat(records.advance()).isTrue();
    assertThatThrownBy(records::advance)
        .isInstanceOf(CsvMalformedLineException.class)
        .hasMessage("a quoted field is never closed");
  }

  @Test
  void textAfterAClosingQuoteIsAnUnclosedQuoteAsInOpenCsv() throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader("\"quoted\"tail,2\n")),
            ',',
            CsvSource.MAX_RECORD_CHARS);
    assertThatThrownBy(records::advance).isInstanceOf(CsvMalformedLineException.class);
    assertThatThrownBy(() -> openCsv("\"quoted\"tail,2\n", ','))
        .isInstanceOf(CsvMalformedLineException.class);
  }

  @Test
  void aRecordLongerThanTheLimitIsReportedWithTheLimit() throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader("\"open\n1\n2\n3\n4,\"\n")), ',', 7);
    assertThatThrownBy(records::advance)
        .isInstanceOf(DelimitedRecords.RecordTooLongException.class)
        .hasMessage("a record holds more than 7 characters");
  }

  @Test
  void aRecordMaySpanHundredsOfLinesWithinTheLimit() throws Exception {
    String header = "id,\"" + "line\n".repeat(400) + "end\"\n";
    DelimitedRecords records =
        new DelimitedRecords(new BufferedReader(new StringReader(header + "1,2\n")), ',', 1 << 20);
    assertThat(records.advance()).isTrue();
    assertThat(records.cells()).hasSize(2);
    assertThat(records.advance()).isTrue();
    assertThat(records.recordLine()).isEqualTo(402);
  }

  @Test
  void numericCellsAreSharedConstants() throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader("1,2\n1,2\n")), ',', CsvSource.MAX_RECORD_CHARS);
    records.advance();
    String[] first = records.cells();
    records.advance();
    assertThat(records.cells()[0]).isSameAs(first[0]);
  }

  private static List<List<String>> records(String text, char separator) throws Exception {
    return records(text, separator, CsvSource.MAX_RECORD_CHARS);
  }

  /**
   * The records of {@code text} with the line each ends on, as {@link DelimitedRecords} splits
   * them.
   */
  static List<List<String>> records(String text, char separator, int recordLimit) throws Exception {
    DelimitedRecords records =
        new DelimitedRecords(new BufferedReader(new StringReader(text)), separator, recordLimit);
    List<List<String>> result = new ArrayList<>();
    while (records.advance()) {
      List<String> row = new ArrayList<>(List.of(records.cells()));
      row.add("@" + records.linesRead());
      result.add(row);
    }
    return result;
  }

  /** The records of {@code text} with the line each ends on, as OpenCSV's CSVReader splits them. */
  static List<List<String>> openCsv(String text, char separator) throws Exception {
    List<List<String>> result = new ArrayList<>();
    try (CSVReader csv =
        new CSVReaderBuilder(new BufferedReader(new StringReader(text)))
            .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build())
            .build()) {
      String[] row;
      while ((row = csv.readNext()) != null) {
        List<String> cells = new ArrayList<>(List.of(row));
        cells.add("@" + csv.getLinesRead());
        result.add(cells);
      }
    }
    return result;
  }
}
