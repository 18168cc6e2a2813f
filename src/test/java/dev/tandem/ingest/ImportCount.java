package dev.tandem.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * Imports one file with the test questionnaire {@code solo} and prints the accounting line: run in
 * a separate JVM with a small heap by {@link XlsxStreamingTest}.
 */
final class ImportCount {

  private ImportCount() {}

  public static void main(String[] args) {
    ImportSummary summary =
        Importer.stream(
            List.of(Path.of(args[0])),
            List.of(Fixtures.SOLO),
            ImportOptions.defaults(),
            new ResponseSink() {
              @Override
              public void response(Response response) {
                // counted by the summary
              }

              @Override
              public void rejection(Rejection rejection) {
                // counted by the summary
              }
            });
    System.out.println(
        summary.rowsRead()
            + " read, "
            + summary.accepted()
            + " accepted, "
            + summary.rejectedRows()
            + " rejected");
  }
}
