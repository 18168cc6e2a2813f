package dev.tandem.report.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What happened to one report: where it went and, for the coach, a sentence saying so. A failed
 * report is named with the reason and what to do; the run goes on with the other reports.
 */
public record WriteResult(Status status, Path file, String message) {

  public enum Status {
    /** Written (or replaced a report Tandem had written before and nobody had changed). */
    WRITTEN,
    /** The file already held exactly these bytes; left as it was. */
    UNCHANGED,
    /**
     * The existing report was edited since Tandem wrote it, so the new one was written beside it.
     */
    WRITTEN_BESIDE,
    /** Not written; the message says why. */
    FAILED
  }

  public WriteResult {
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  public boolean failed() {
    return status == Status.FAILED;
  }
}
