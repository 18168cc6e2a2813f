package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A source read ahead on a second thread gives what it gives when read directly. */
class OverlappedImportTest {

  private static final Path FILE = Path.of("export.csv");

  /** 3,000 rows, more than a few batches, every seventh rejected. */
  private static final ResponseSource SOURCE =
      sink -> {
        for (int line = 2; line < 3_002; line++) {
          Position row = new Position(FILE, line, 0);
          if (line % 7 == 0) {
            sink.rejection(Rejection.row(row, "", "not a date", "fix it"));
          } else {
            sink.response(
                new Response(
                    "client" + line,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    row,
                    Map.of("q", Answers.of(line % 5))));
          }
        }
        return new ImportSummary(3_000, 2_572, 428, 0, 0, List.of("a note"));
      };

  private static List<Object> events(ResponseSource source, List<ImportSummary> summary) {
    List<Object> events = new ArrayList<>();
    summary.add(
        source.stream(
            new ResponseSink() {
              @Override
              public void response(Response response) {
                events.add(response);
              }

              @Override
              public void rejection(Rejection rejection) {
                events.add(rejection);
              }
            }));
    return events;
  }

  @Test
  void aSourceReadAheadHandsOnTheSameResponsesAndRejectionsInOrderWithItsSummary() {
    List<ImportSummary> direct = new ArrayList<>();
    List<ImportSummary> ahead = new ArrayList<>();
    List<Object> expected = events(SOURCE, direct);
    assertThat(events(OverlappedImport.readAhead(SOURCE), ahead))
        .hasSize(3_000)
        .containsExactlyElementsOf(expected);
    assertThat(ahead).isEqualTo(direct);
  }

  @Test
  void aFailureOfTheSourceReachesTheReader() {
    ResponseSource failing =
        sink -> {
          throw new IllegalStateException("the export could not be read");
        };
    assertThatThrownBy(() -> events(OverlappedImport.readAhead(failing), new ArrayList<>()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the export could not be read");
  }
}
