package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.util.List;
import java.util.Objects;

/**
 * A file that cannot be imported at all (unreadable, empty, not a spreadsheet, no matching
 * questions). Problems with single rows are {@link Rejection}s instead. The message names the file,
 * line and column where there is one, says what was expected and what to do, and never contains a
 * client's answer. It may carry what had been detected about the file before the problem (encoding,
 * layout, identity columns), for {@code validate --explain}.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Position position;
  private final String problem;
  private final List<String> detected;

  public ImportException(Position position, String message) {
    this(position, message, List.of());
  }

  private ImportException(Position position, String message, List<String> detected) {
    super(position + ": " + message);
    this.position = Objects.requireNonNull(position, "position must not be null");
    this.problem = message;
    this.detected = List.copyOf(detected);
  }

  /** The same problem, with what had been detected about the file up to it. */
  ImportException withDetected(List<String> lines) {
    return new ImportException(position, problem, lines);
  }

  /**
   * What was detected about the file before the problem, one line each ("layout: Qualtrics, ...").
   */
  public List<String> detected() {
    return detected;
  }

  public Position position() {
    return position;
  }
}
