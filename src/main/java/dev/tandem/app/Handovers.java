package dev.tandem.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Couples on one device: who answers next once the first partner has finished. Held by the first
 * partner's assessment token until the handover page starts the second partner's own assessment;
 * kept in memory only (after a restart the coach starts the second partner from the Practice page).
 */
final class Handovers {

  /**
   * The second partner: their client code, how the handover page names them, and what they take.
   */
  record Next(String respondentId, String shownAs, String coupleCode, String questionnaireId) {
    Next {
      Objects.requireNonNull(respondentId, "respondentId must not be null");
      Objects.requireNonNull(shownAs, "shownAs must not be null");
      Objects.requireNonNull(coupleCode, "coupleCode must not be null");
      Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    }
  }

  private final Map<String, Next> pending = new HashMap<>();

  synchronized void plan(String firstToken, Next next) {
    pending.put(firstToken, next);
  }

  /** Who answers after the assessment with this token, if anyone. */
  synchronized Optional<Next> after(String firstToken) {
    return Optional.ofNullable(pending.get(firstToken));
  }

  /** As {@link #after}, and forgets it: a handover starts one assessment only. */
  synchronized Optional<Next> take(String firstToken) {
    return Optional.ofNullable(pending.remove(firstToken));
  }
}
