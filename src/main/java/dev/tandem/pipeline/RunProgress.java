package dev.tandem.pipeline;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.scoring.ScoredCohort;

/**
 * Hears how far a {@link ReportRun} has got. Called from the run's threads (reports are written on
 * several), so an implementation must be thread-safe. The counts carry no client data; {@link
 * #analysed} hands over what the reports will show, for a caller that shows it before they are
 * written.
 */
public interface RunProgress {

  /** Hears nothing: for callers that only want the outcome. */
  RunProgress NONE = new RunProgress() {};

  /** {@code rows} data rows of the input have been read so far. */
  default void rowsRead(int rows) {}

  /** Every response is scored: {@code clients} clients in all. */
  default void clientsScored(int clients) {}

  /**
   * Every client is scored and the couples compared; the reports are about to be written from these
   * (pseudonymised when pseudonyms are on).
   */
  default void analysed(ScoredCohort reported, CouplesAnalysis couples) {}

  /** {@code written} of the {@code total} reports are done (written, or failed and listed). */
  default void reportsWritten(int written, int total) {}
}
