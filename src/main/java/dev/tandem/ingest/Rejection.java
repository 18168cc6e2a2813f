package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.util.Objects;

/**
 * A data row that was not scored, or one cell of it that was not used: where (file, line, column
 * and the column's header, shortened), why, what the coach can do, and whether the whole row or
 * only that cell was set aside ({@link Scope}). Never holds the client's answer itself.
 */
public record Rejection(
    Position position, String column, String reason, String action, Scope scope) {

  /** What a rejection set aside. */
  public enum Scope {
    /** The whole row: it was not scored and counts as a rejected row. */
    ROW,
    /** One cell: its answer was treated as missing and the rest of the row was scored. */
    CELL
  }

  public Rejection {
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(column, "column must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(action, "action must not be null");
    Objects.requireNonNull(scope, "scope must not be null");
  }

  /** A whole-row rejection (the meaning of a rejection before scopes existed). */
  public Rejection(Position position, String column, String reason, String action) {
    this(position, column, reason, action, Scope.ROW);
  }

  public static Rejection row(Position position, String column, String reason, String action) {
    return new Rejection(position, column, reason, action, Scope.ROW);
  }

  public static Rejection cell(Position position, String column, String reason, String action) {
    return new Rejection(position, column, reason, action, Scope.CELL);
  }

  public boolean rejectsRow() {
    return scope == Scope.ROW;
  }

  @Override
  public String toString() {
    return position
        + (column.isEmpty() ? "" : " (column \"" + column + "\")")
        + ": "
        + reason
        + ". "
        + action;
  }
}
