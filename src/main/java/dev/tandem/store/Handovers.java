package dev.tandem.store;

import dev.tandem.questionnaire.Questionnaire;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Couples on one device: whose turn comes once the first partner has finished their assessment.
 * Planned when the coach starts the first partner's assessment, kept in the store (so it survives
 * the app being closed between the partners) under a hash of the first partner's token, never the
 * token itself, and taken once: the second partner's own assessment starts and the plan is deleted
 * in one transaction. Forgetting either partner removes the plan.
 */
public final class Handovers {

  /** The second partner: their client code, their couple's code and what they take. */
  public record Next(String respondentId, String coupleCode, String questionnaireId) {
    public Next {
      Objects.requireNonNull(respondentId, "respondentId must not be null");
      Objects.requireNonNull(coupleCode, "coupleCode must not be null");
      Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    }
  }

  private final PracticeStore store;
  private final Sessions sessions;

  Handovers(PracticeStore store, Sessions sessions) {
    this.store = store;
    this.sessions = sessions;
  }

  /** Plans {@code next}'s turn after the first partner's assessment, {@code first}. */
  public void plan(Session first, Next next) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(next, "next must not be null");
    synchronized (store) {
      try {
        PracticeStore.update(
            store.connection(),
            "MERGE INTO assessment_handover (first_token_hash, first_respondent_id,"
                + " respondent_id, couple_code, questionnaire_id) KEY (first_token_hash)"
                + " VALUES (?, ?, ?, ?, ?)",
            hashOf(first.token()),
            first.respondentId(),
            next.respondentId(),
            next.coupleCode(),
            next.questionnaireId());
      } catch (SQLException e) {
        throw store.failure("plan a couple's second turn in", e);
      }
    }
  }

  /** Who answers after the assessment with this token, if anyone. */
  public Optional<Next> after(String firstToken) {
    Objects.requireNonNull(firstToken, "firstToken must not be null");
    synchronized (store) {
      try {
        return find(store.connection(), firstToken);
      } catch (SQLException e) {
        throw store.failure("read", e);
      }
    }
  }

  /**
   * Starts the second partner's own assessment (of the questionnaire {@code questionnaires} gives
   * for the planned id) and deletes the plan, in one transaction: a plan starts one assessment
   * only. Empty when nobody is planned after this token (or their turn was taken already); an
   * {@link IllegalStateException} while the first partner's assessment is still open.
   */
  public Optional<Session> take(String firstToken, Function<String, Questionnaire> questionnaires) {
    Objects.requireNonNull(firstToken, "firstToken must not be null");
    synchronized (store) {
      if (sessions.find(firstToken).isPresent()) {
        throw new IllegalStateException("the first partner's assessment is not finished yet");
      }
      Connection connection = store.connection();
      try {
        connection.setAutoCommit(false);
        Optional<Next> next = find(connection, firstToken);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        PracticeStore.update(
            connection,
            "DELETE FROM assessment_handover WHERE first_token_hash = ?",
            hashOf(firstToken));
        Session second =
            sessions.startIn(
                connection,
                next.get().respondentId(),
                Optional.empty(),
                Optional.of(next.get().coupleCode()),
                questionnaires.apply(next.get().questionnaireId()));
        connection.commit();
        return Optional.of(second);
      } catch (SQLException e) {
        throw store.failure("start a couple's second turn in", e);
      } finally {
        PracticeStore.endTransaction(connection);
      }
    }
  }

  /**
   * The respondent ids named by a plan (as either partner) whose id is {@code given} in any case.
   */
  static List<String> respondents(Connection connection, String given) throws SQLException {
    return PracticeStore.strings(
        connection,
        "SELECT first_respondent_id FROM assessment_handover"
            + " WHERE LOWER(first_respondent_id) = LOWER(?)"
            + " UNION SELECT respondent_id FROM assessment_handover"
            + " WHERE LOWER(respondent_id) = LOWER(?)",
        given,
        given);
  }

  /** Removes the plans naming a client as either partner (part of erasing them). */
  static void forget(Connection connection, String respondentId) throws SQLException {
    PracticeStore.update(
        connection,
        "DELETE FROM assessment_handover WHERE first_respondent_id = ? OR respondent_id = ?",
        respondentId,
        respondentId);
  }

  private static Optional<Next> find(Connection connection, String firstToken) throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT respondent_id, couple_code, questionnaire_id FROM assessment_handover"
                + " WHERE first_token_hash = ?")) {
      find.setString(1, hashOf(firstToken));
      try (ResultSet rows = find.executeQuery()) {
        return rows.next()
            ? Optional.of(new Next(rows.getString(1), rows.getString(2), rows.getString(3)))
            : Optional.empty();
      }
    }
  }

  /**
   * The token's SHA-256: a token is random (144 bits), so its hash alone, unsalted, tells nothing
   * of it, and the store never holds what opens the first partner's thank-you page.
   */
  private static String hashOf(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
