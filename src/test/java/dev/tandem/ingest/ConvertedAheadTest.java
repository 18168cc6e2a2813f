package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows turned into responses on the read-ahead thread ({@link RowSource#convertedRest}) give what
 * the same rows give when the caller reads and converts each in turn: the same responses, cell and
 * row rejections, duplicates dropped, counts and notes, in the same order. The files are large
 * enough that most rows are converted on the thread, and hold quotes, line breaks inside quotes, a
 * byte-order mark, CRLF, missing, invalid and misspelt cells, blank rows, rows without an id,
 * ragged rows, repeats, conflicts and rows answering two questionnaires. A {@link PreparingSink}
 * gets, with each kept response, what it made of that response on the read-ahead thread, or of the
 * answers the duplicate check kept.
 */
class ConvertedAheadTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"UTF-8", "windows-1252"})
  void convertingAheadGivesWhatConvertingInTurnGives(String encoding) throws IOException {
    Path file = dir.resolve("large.csv");
    Files.writeString(file, largeExport(encoding), Charset.forName(encoding));

    List<String> ahead = imported(file, RowSource.open(file, ImportOptions.defaults()));
    List<String> inTurn =
        imported(
            file,
            InputLimits.open(
                file, () -> CsvSource.open(file, Optional.empty()), InputLimits.Limits.TEXT));

    Set<String> preparedOn = ConcurrentHashMap.newKeySet();
    List<String> prepared =
        imported(file, RowSource.open(file, ImportOptions.defaults()), preparing(preparedOn));

    assertThat(ahead).isEqualTo(inTurn).isEqualTo(prepared).hasSizeGreaterThan(6_000);
    assertThat(preparedOn).contains("tandem-read-ahead");
    assertThat(ahead)
        .anyMatch(e -> e.contains("with different answers"))
        .anyMatch(e -> e.contains("no respondent id"))
        .anyMatch(e -> e.contains("fields where the header has"))
        .anyMatch(e -> e.startsWith("note") && e.contains("Agre"))
        .anyMatch(e -> e.startsWith("note") && e.contains("empty rows were skipped"))
        .anyMatch(e -> e.startsWith("counts") && !e.endsWith(" 0"));
  }

  private static String largeExport(String encoding) {
    StringBuilder text = new StringBuilder();
    if (encoding.equals("UTF-8")) {
      text.append('\uFEFF');
    }
    text.append("respondent_id,submitted_at,note,s1,s2,s3,s4,t1,t2,t3\r\n");
    for (int i = 0; i < 6_000; i++) {
      String id = i % 401 == 0 ? "" : "c" + (i % 3_000) + (i % 7 == 0 ? "é" : "");
      String time =
          i % 17 == 0 ? "" : i % 19 == 0 ? "soon" : String.format("2026-03-02 10:%02d", i % 60);
      String note = i % 97 == 0 ? "\"two\r\nlines, \"\"quoted\"\"\"" : "n" + (i % 5);
      String solo =
          i % 11 == 0
              ? "4,,x,Agre"
              : i % 13 == 0
                  ? "9,2,1,1"
                  : (i % 4 + 1) + "," + (i % 23 == 0 ? i / 3_000 % 2 + 1 : 2) + ",3,4";
      String ties = i % 3 == 0 || i > 4_500 && i % 5 == 0 ? "2,3,4" : ",,";
      if (i % 211 == 0) {
        text.append(",,,,,,,,,\r\n");
      }
      text.append(id).append(',').append(time).append(',').append(note).append(',');
      text.append(solo).append(i % 503 == 0 ? "" : "," + ties).append("\r\n");
    }
    return text.toString();
  }

  /** Every event of importing one file, then its counts and notes. */
  private static List<String> imported(Path file, RowSource source) {
    return imported(
        file,
        source,
        events ->
            new ResponseSink() {
              @Override
              public void response(Response response) {
                events.add("response " + described(response));
              }

              @Override
              public void rejection(Rejection rejection) {
                events.add("rejection " + rejection);
              }
            });
  }

  /**
   * A sink that describes each response ahead, noting the threads it did that on, and lists the
   * description it is handed with each kept response.
   */
  private static Function<List<String>, ResponseSink> preparing(Set<String> threads) {
    return events ->
        new PreparingSink<String>() {
          @Override
          public String prepare(Response response) {
            threads.add(Thread.currentThread().getName());
            return described(response);
          }

          @Override
          public void prepared(Response response, String made) {
            events.add("response " + made);
          }

          @Override
          public void rejection(Rejection rejection) {
            events.add("rejection " + rejection);
          }
        };
  }

  private static String described(Response response) {
    return response.respondentId()
        + " "
        + response.submitted()
        + " "
        + response.source()
        + " "
        + response.answers();
  }

  private static List<String> imported(
      Path file, RowSource source, Function<List<String>, ResponseSink> sinks) {
    List<String> events = new ArrayList<>();
    FilePlan.Counts counts = new FilePlan.Counts();
    try (source) {
      FilePlan plan =
          FilePlan.plan(
              file, source, Fixtures.BOTH, ImportOptions.defaults(), ColumnMapping.NONE, true);
      plan.run(sinks.apply(events), counts, new DuplicateResponses());
      plan.notes().forEach(note -> events.add("note " + note));
    }
    events.add(
        "counts "
            + counts.rowsRead
            + " "
            + counts.accepted
            + " "
            + counts.rejectedRows
            + " "
            + counts.rejectedCells
            + " "
            + counts.dropped);
    return events;
  }
}
