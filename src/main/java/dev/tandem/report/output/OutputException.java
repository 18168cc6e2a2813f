package dev.tandem.report.output;

/**
 * Something about where or how reports are written that the coach must fix before a run: an
 * unreadable or empty password file, an output folder that cannot be used. The message names the
 * file and says what to do; it never holds a password or a client's data.
 */
public final class OutputException extends RuntimeException {

  public OutputException(String message) {
    super(message);
  }
}
