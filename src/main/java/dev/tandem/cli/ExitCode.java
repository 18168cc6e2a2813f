package dev.tandem.cli;

/** The exit codes every command uses, listed in {@code --help}. */
final class ExitCode {

  /** Everything was read and scored. */
  static final int OK = 0;

  /** Unexpected failure: a bug in Tandem. */
  static final int FAILURE = 1;

  /**
   * Bad usage, unreadable input or an invalid definition, or no report could be written; nothing
   * was written.
   */
  static final int BAD_INPUT = 2;

  /** Finished, but some rows were rejected; each is listed. */
  static final int ROWS_REJECTED = 3;

  /**
   * Finished, but some reports could not be written; each is listed (the same code as rejected
   * rows).
   */
  static final int SOME_NOT_WRITTEN = 3;

  private ExitCode() {}
}
