package dev.tandem.store;

import dev.tandem.ingest.Answers;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An assessment being taken in the session: the token that names it (for the page the client fills
 * in), who and which questionnaire, the answers given so far (missing ones {@code NaN}) and when it
 * started.
 */
public record Session(
    String token,
    String respondentId,
    String questionnaireId,
    Answers answers,
    LocalDateTime started) {

  public Session {
    Objects.requireNonNull(token, "token must not be null");
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
    Objects.requireNonNull(started, "started must not be null");
  }

  /**
   * The first statement not answered yet, where a resumed assessment goes on; the size when all
   * are.
   */
  public int nextItem() {
    for (int item = 0; item < answers.size(); item++) {
      if (answers.isMissing(item)) {
        return item;
      }
    }
    return answers.size();
  }

  /** Safe to log: names the session's questionnaire and progress, not the client or the answers. */
  @Override
  public String toString() {
    return "Session["
        + questionnaireId
        + ", "
        + answers.answeredCount()
        + " of "
        + answers.size()
        + " answered]";
  }
}
