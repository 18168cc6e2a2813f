package dev.tandem.store;

import dev.tandem.questionnaire.Position;
import java.util.Objects;

/**
 * An imported row whose key (respondent, questionnaire, time) matches a stored response with other
 * answers. It is not stored and nothing is merged: the coach decides which is right. Names the
 * rows, never their content.
 */
public record Conflict(Position row, String questionnaireId, Position stored) {

  public Conflict {
    Objects.requireNonNull(row, "row must not be null");
    Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    Objects.requireNonNull(stored, "stored must not be null");
  }

  @Override
  public String toString() {
    return row
        + ": the answers to "
        + questionnaireId
        + " differ from those stored for the same client and time"
        + " (imported from "
        + stored
        + "); not stored. Check which is right: correct the export, or forget the"
        + " stored response's client and import again";
  }
}
