package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Records read ahead on a thread of their own reach the caller as the source gives them: the same
 * records, lines, problems and failure as the sequential reader, on fixtures with quotes, line
 * breaks inside quotes, a byte-order mark, CRLF, missing and invalid cells and rejected rows.
 */
class ReadAheadTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bom.csv",
        "quoted-newline.csv",
        "ragged.csv",
        "row-problems.csv",
        "out-of-range.csv",
        "unknown-label.csv",
        "duplicates.csv",
        "semicolons.csv",
        "windows-1252.csv",
        "utf16-tabs.txt",
        "qualtrics.csv",
        "backslashes.csv",
        "unterminated-quote.csv"
      })
  void readingAheadGivesWhatTheSequentialReaderGives(String name) {
    Path file = Fixtures.file(name);

    assertThat(records(RowSource.open(file, ImportOptions.defaults())))
        .isEqualTo(records(sequential(file)))
        .hasSizeGreaterThan(1);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aLargeCrlfFileWithQuotedLineBreaksReadsTheSameAhead(boolean unclosedAtTheEnd)
      throws IOException {
    StringBuilder text = new StringBuilder("\uFEFFrespondent_id,submitted_at,note,a1,a2,a3\r\n");
    for (int i = 0; i < 3_000; i++) {
      String note = i % 97 == 0 ? "\"two\r\nlines, \"\"quoted\"\"\"" : i % 5 == 0 ? "" : "n" + i;
      String answers = i % 11 == 0 ? "4,,x" : i % 13 == 0 ? "9,2" : "1,2,3";
      text.append("c")
          .append(i)
          .append(",2026-03-02 10:00,")
          .append(note)
          .append(',')
          .append(answers)
          .append("\r\n");
    }
    if (unclosedAtTheEnd) {
      text.append("c-last,2026-03-02 10:00,\"never closed,1,2,3\r\n");
    }
    Path file = Files.writeString(dir.resolve("large.csv"), text, StandardCharsets.UTF_8);

    List<String> ahead = records(RowSource.open(file, ImportOptions.defaults()));

    assertThat(ahead).isEqualTo(records(sequential(file))).hasSizeGreaterThan(3_000);
    assertThat(ahead.get(ahead.size() - 1)).startsWith(unclosedAtTheEnd ? "failed" : "end");
  }

  private static RowSource sequential(Path file) {
    return InputLimits.open(
        file, () -> CsvSource.open(file, Optional.empty()), InputLimits.Limits.TEXT);
  }

  /** Every record as its line, problem and cells, then how the source ended. */
  private static List<String> records(RowSource source) {
    List<String> records = new ArrayList<>();
    try (source) {
      for (Optional<Row> row = source.next(); row.isPresent(); row = source.next()) {
        records.add(
            row.get().line() + " " + row.get().problem() + " " + List.of(row.get().cells()));
      }
      records.add("end");
    } catch (ImportException e) {
      records.add("failed: " + e.getMessage());
    }
    return records;
  }

  @Test
  void everyRecordArrivesInOrderThenTheSourcesFailure() {
    Counting source = new Counting(5_000, true);
    List<Integer> lines = new ArrayList<>();
    try (ReadAhead ahead = ReadAhead.of(source)) {
      assertThatThrownBy(
              () -> {
                for (Optional<Row> row = ahead.next(); row.isPresent(); row = ahead.next()) {
                  lines.add(row.get().line());
                }
              })
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("broken.csv:5001");
    }
    assertThat(lines).hasSize(5_000).startsWith(1, 2, 3).endsWith(4_999, 5_000);
    assertThat(source.closed).isTrue();
  }

  @Test
  void theConvertedRestArrivesInOrderConvertedOnBothThreadsThenTheSourcesFailure() {
    List<String> converted = new ArrayList<>();
    try (ReadAhead ahead = ReadAhead.of(new Counting(5_000, true))) {
      for (int i = 0; i < 10; i++) {
        ahead.next();
      }
      Iterator<String> rest =
          ahead.convertedRest(() -> row -> row.line() + " " + Thread.currentThread().getName());
      assertThatThrownBy(() -> rest.forEachRemaining(converted::add))
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("broken.csv:5001");
      assertThatThrownBy(ahead::next).isInstanceOf(IllegalStateException.class);
    }
    assertThat(converted.stream().map(c -> Integer.parseInt(c.split(" ")[0])))
        .containsExactlyElementsOf(IntStream.rangeClosed(11, 5_000).boxed().toList());
    String caller = Thread.currentThread().getName();
    assertThat(converted).contains("11 " + caller, "5000 tandem-read-ahead");
  }

  @Test
  void theEndComesAfterTheLastRecordAndStaysTheEnd() {
    try (ReadAhead ahead = ReadAhead.of(new Counting(300, false))) {
      int count = 0;
      while (ahead.next().isPresent()) {
        count++;
      }
      assertThat(count).isEqualTo(300);
      assertThat(ahead.next()).isEmpty();
    }
  }

  @Test
  void closingEarlyStopsTheThreadAndClosesTheSource() {
    Counting source = new Counting(1_000_000, false);
    ReadAhead ahead = ReadAhead.of(source);
    assertThat(ahead.next()).map(Row::line).contains(1);

    ahead.close();

    assertThat(source.closed).isTrue();
    assertThat(source.given).isLessThan(1_000_000);
  }

  /** Rows 1 to {@code count}, then the end or a failure naming the next line. */
  private static final class Counting implements RowSource {
    private final int count;
    private final boolean fail;
    private volatile int given;
    private volatile boolean closed;

    Counting(int count, boolean fail) {
      this.count = count;
      this.fail = fail;
    }

    @Override
    public Optional<Row> next() {
      if (given == count) {
        if (fail) {
          throw new ImportException(
              new Position(Path.of("broken.csv"), count + 1, 0), "a quote is never closed");
        }
        return Optional.empty();
      }
      given++;
      return Optional.of(new Row(given, new String[] {"r" + given}));
    }

    @Override
    public String format() {
      return "counting";
    }

    @Override
    public List<String> notes() {
      return List.of();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
