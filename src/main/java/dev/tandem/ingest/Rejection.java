package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.util.Objects;

/**
 * A data row that was not scored, or one cell of it that was not used: where (file, line, column and
 * the column's header), why, and what the coach can do. Never holds the client's answer itself.
 */
public record Rejection(Position position, String column, String reason, String action) {

  public Rejection {
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(action, "action must not be null");
  }

  @Override
  public String toString() {
    return position + (column.isEmpty() ? "" : " (" + column + ")") + ": " + reason + ". " + action;
  }
}
