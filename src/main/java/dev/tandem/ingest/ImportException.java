package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.util.Objects;

/**
 * A file that cannot be imported at all (unreadable, empty, not a spreadsheet, no matching
 * questions). Problems with single rows are {@link Rejection}s instead. The message names the file,
 * line and column where there is one, says what was expected and what to do, and never contains a
 * client's answer.
 */
public final class ImportException extends RuntimeException {

  private final Position position;

  public ImportException(Position position, String message) {
    super(position + ": " + message);
    this.position = Objects.requireNonNull(position, "position must not be null");
  }

  public Position position() {
    return position;
  }
}
