package dev.tandem.store;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Assessments taken in the session, for the app: started (or resumed) for a client and a
 * questionnaire, saved one answer at a time as the client gives it (each answer is committed on its
 * own, so closing the browser loses at most the one being given), and finished, when the answers
 * become a stored response like an imported one, with {@link #SOURCE} as its provenance.
 */
public final class Sessions {

  /** The provenance of responses taken in the session, in place of an export file. */
  public static final Path SOURCE = Path.of("in-session assessment");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final PracticeStore store;
  private final Clock clock = Clock.systemDefaultZone();

  Sessions(PracticeStore store) {
    this.store = store;
  }

  /**
   * The open assessment of this client and questionnaire, or a new one. The name and couple code
   * are those the response will carry (for a new client; a known one keeps what is stored if these
   * are empty).
   */
  public Session start(
      String respondentId,
      Optional<String> name,
      Optional<String> coupleCode,
      Questionnaire questionnaire) {
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    if (respondentId.isBlank()) {
      throw new IllegalArgumentException("respondentId must not be blank");
    }
    synchronized (store) {
      try {
        return startIn(store.connection(), respondentId, name, coupleCode, questionnaire);
      } catch (SQLException e) {
        throw store.failure("start an assessment in", e);
      }
    }
  }

  /**
   * As {@link #start}, on the store's connection as it is: within the caller's transaction when it
   * has one open.
   */
  Session startIn(
      Connection connection,
      String respondentId,
      Optional<String> name,
      Optional<String> coupleCode,
      Questionnaire questionnaire)
      throws SQLException {
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT token FROM assessment_session"
                + " WHERE respondent_id = ? AND questionnaire_id = ?")) {
      find.setString(1, respondentId);
      find.setString(2, questionnaire.id());
      try (ResultSet rows = find.executeQuery()) {
        if (rows.next()) {
          return find(rows.getString(1)).orElseThrow();
        }
      }
    }
    String token = newToken();
    double[] none = new double[questionnaire.items().size()];
    Arrays.fill(none, Double.NaN);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO assessment_session (token,"
                + " respondent_id, name, couple_code, questionnaire_id, answers, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, token);
      insert.setString(2, respondentId);
      insert.setString(3, name.orElse(null));
      insert.setString(4, coupleCode.orElse(null));
      insert.setString(5, questionnaire.id());
      insert.setString(6, AnswerText.encode(Answers.of(none)));
      insert.setTimestamp(7, Timestamp.valueOf(now()));
      insert.executeUpdate();
    }
    return find(token).orElseThrow();
  }

  /** The open assessment with this token, if there is one. */
  public Optional<Session> find(String token) {
    Objects.requireNonNull(token, "token must not be null");
    synchronized (store) {
      try (PreparedStatement find =
          store
              .connection()
              .prepareStatement(
                  "SELECT respondent_id, questionnaire_id,"
                      + " answers, started_at FROM assessment_session WHERE token = ?")) {
        find.setString(1, token);
        try (ResultSet rows = find.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          return Optional.of(
              new Session(
                  token,
                  rows.getString(1),
                  rows.getString(2),
                  AnswerText.decode(rows.getString(3)),
                  rows.getTimestamp(4).toLocalDateTime()));
        }
      } catch (SQLException e) {
        throw store.failure("read", e);
      }
    }
  }

  /**
   * Saves one answer (by item index in the questionnaire's order; {@code NaN} takes an answer back)
   * and returns the assessment as it now stands. The answer is committed before this returns.
   */
  public Session answer(String token, Questionnaire questionnaire, int item, double value) {
    synchronized (store) {
      Session session = open(token, questionnaire);
      if (item < 0 || item >= session.answers().size()) {
        throw new IllegalArgumentException(
            "item " + item + " is not a statement of " + questionnaire.id());
      }
      if (!Double.isNaN(value)
          && (value != Math.rint(value) || !questionnaire.responseScale().contains((int) value))) {
        throw new IllegalArgumentException(
            value + " is not a point of " + questionnaire.id() + "'s response scale");
      }
      double[] values = new double[session.answers().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = session.answers().get(i);
      }
      values[item] = value;
      try {
        PracticeStore.update(
            store.connection(),
            "UPDATE assessment_session SET answers = ? WHERE token = ?",
            AnswerText.encode(Answers.of(values)),
            token);
      } catch (SQLException e) {
        throw store.failure("save an answer in", e);
      }
      return find(token).orElseThrow();
    }
  }

  /**
   * Ends the assessment: its answers are stored as a response dated now (with the provenance {@link
   * #SOURCE}) and the open assessment is removed, in one transaction. Returns the stored response.
   */
  public Response finish(String token, Questionnaire questionnaire) {
    synchronized (store) {
      Session session = open(token, questionnaire);
      if (session.answers().isEmpty()) {
        throw new IllegalArgumentException("the assessment has no answer yet; nothing to store");
      }
      Connection connection = store.connection();
      LocalDateTime submitted = now();
      try {
        connection.setAutoCommit(false);
        String name;
        String couple;
        try (PreparedStatement who =
            connection.prepareStatement(
                "SELECT name, couple_code FROM assessment_session WHERE token = ?")) {
          who.setString(1, token);
          try (ResultSet rows = who.executeQuery()) {
            rows.next();
            name = rows.getString(1);
            couple = rows.getString(2);
          }
        }
        int source =
            ImportSources.add(
                connection, SOURCE, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)));
        PackedResponse response =
            new PackedResponse(
                questionnaire.id(),
                session.respondentId(),
                Optional.of(submitted),
                Optional.ofNullable(name),
                Optional.ofNullable(couple),
                0,
                session.answers());
        ResponseBlocks blocks = new ResponseBlocks(connection);
        if (blocks.holdsKeyOf(response)) {
          throw new IllegalArgumentException(
              "a response of this client to "
                  + questionnaire.id()
                  + " is stored with this very second as its time; finish the assessment again");
        }
        blocks.insert(new ResponseBlocks.Block(blocks.nextId(), source, List.of(response)));
        PracticeStore.update(connection, "DELETE FROM assessment_session WHERE token = ?", token);
        connection.commit();
        return new Response(
            session.respondentId(),
            Optional.ofNullable(name),
            Optional.ofNullable(couple),
            Optional.of(submitted),
            Position.ofFile(SOURCE),
            Map.of(questionnaire.id(), session.answers()));
      } catch (SQLException e) {
        throw store.failure("store a finished assessment in", e);
      } finally {
        PracticeStore.endTransaction(connection);
      }
    }
  }

  /** The respondent ids of the open assessments whose id is {@code given} in any case. */
  static List<String> respondents(Connection connection, String given) throws SQLException {
    return PracticeStore.strings(
        connection,
        "SELECT DISTINCT respondent_id FROM assessment_session"
            + " WHERE LOWER(respondent_id) = LOWER(?)",
        given);
  }

  /** Removes a client's open assessments (part of erasing them); how many there were. */
  static int forget(Connection connection, String respondentId) throws SQLException {
    return PracticeStore.update(
        connection, "DELETE FROM assessment_session WHERE respondent_id = ?", respondentId);
  }

  private Session open(String token, Questionnaire questionnaire) {
    Session session =
        find(token)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no open assessment has this token; it was finished, or the client was forgotten"));
    if (!session.questionnaireId().equals(questionnaire.id())) {
      throw new IllegalArgumentException(
          "the assessment is of " + session.questionnaireId() + ", not " + questionnaire.id());
    }
    return session;
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private static String newToken() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
