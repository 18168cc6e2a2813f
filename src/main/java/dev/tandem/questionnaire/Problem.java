package dev.tandem.questionnaire;

import java.util.Objects;

/** One thing wrong in a definition file, at a position, phrased for the coach who edits it. */
public record Problem(Position position, String message) {

  public Problem {
    Objects.requireNonNull(position, "position must not be null");
    Objects.requireNonNull(message, "message must not be null");
  }

  @Override
  public String toString() {
    return position + ": " + message;
  }
}
