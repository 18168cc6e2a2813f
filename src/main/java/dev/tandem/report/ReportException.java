package dev.tandem.report;

import java.nio.file.Path;

/** A report could not be written; names the file and what to do. */
public final class ReportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public ReportException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
