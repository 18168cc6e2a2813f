package dev.tandem.pipeline;

import java.util.concurrent.CancellationException;

/**
 * A request, from another thread, that a {@link ReportRun} stop. The run checks it between rows and
 * between reports, so no report is left half-written: each report file is written whole or not at
 * all.
 */
public final class Cancellation {

  private volatile boolean cancelled;

  /** A cancellation nobody will ask for. */
  public static Cancellation never() {
    return new Cancellation();
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }

  /** Stops the run here if it was cancelled. */
  void check() {
    if (cancelled) {
      throw new CancellationException("the run was cancelled");
    }
  }
}
