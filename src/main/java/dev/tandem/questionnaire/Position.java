package dev.tandem.questionnaire;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where something stands in a file that a coach edits or imports: the file, and a 1-based line and
 * column (0 where unknown). Printed as {@code file:line:column}, the form editors jump to.
 */
public record Position(Path file, int line, int column) {

  public Position {
    Objects.requireNonNull(file, "file must not be null");
  }

  public static Position ofFile(Path file) {
    return new Position(file, 0, 0);
  }

  @Override
  public String toString() {
    String name = file.toString();
    if (line <= 0) {
      return name;
    }
    return column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
  }
}
