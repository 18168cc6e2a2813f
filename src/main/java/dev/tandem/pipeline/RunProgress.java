package dev.tandem.pipeline;

/**
 * Hears how far a {@link ReportRun} has got. Called from the run's threads (reports are written on
 * several), so an implementation must be thread-safe. The counts never carry client data.
 */
public interface RunProgress {

  /** Hears nothing: for callers that only want the outcome. */
  RunProgress NONE = new RunProgress() {};

  /** {@code rows} data rows of the input have been read so far. */
  default void rowsRead(int rows) {}

  /** Every response is scored: {@code clients} clients in all. */
  default void clientsScored(int clients) {}

  /** {@code written} of the {@code total} reports are done (written, or failed and listed). */
  default void reportsWritten(int written, int total) {}
}
