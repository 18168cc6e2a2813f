package dev.tandem.store;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored responses to some questionnaires, read in the order they were stored: the answers one
 * imported row gave to several questionnaires come back as one {@link Response} with the provenance
 * of that row (file and line), as they were read from the export. Rows are fetched lazily, so
 * memory does not grow with the store; {@link #stream} accounts for them as an import does.
 */
public final class StoredResponses {

  private static final String SELECT =
      "SELECT respondent_id, questionnaire_id, submitted, name, couple_code,"
          + " answers, source_id, source_line FROM response ORDER BY id";

  private final Connection connection;
  private final Map<String, Questionnaire> questionnaires;

  StoredResponses(Connection connection, List<Questionnaire> questionnaires) {
    this.connection = connection;
    this.questionnaires =
        questionnaires.stream()
            .collect(
                Collectors.toMap(
                    Questionnaire::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /**
   * Hands every stored response to the sink, as {@code Importer.stream} hands those of a file: each
   * is one row read and scored; one whose answers no longer fit its questionnaire's definition (the
   * number of statements changed) is rejected with a reason. Responses to other questionnaires are
   * skipped.
   */
  public ImportSummary stream(ResponseSink sink) {
    Objects.requireNonNull(sink, "sink must not be null");
    int accepted = 0;
    int rejectedRows = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            SELECT, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(10_000);
      Map<Integer, Path> files = ImportSources.files(connection);
      try (ResultSet rows = select.executeQuery()) {
        Pending pending = null;
        while (rows.next()) {
          Questionnaire questionnaire = questionnaires.get(rows.getString(2));
          if (questionnaire == null) {
            continue;
          }
          Position source = new Position(files.get(rows.getInt(7)), rows.getInt(8), 0);
          Answers answers = AnswerText.decode(rows.getString(6));
          if (answers.size() != questionnaire.items().size()) {
            sink.rejection(
                Rejection.row(
                    source,
                    "",
                    "the stored answers to "
                        + questionnaire.id()
                        + " have "
                        + answers.size()
                        + " statements, its definition now "
                        + questionnaire.items().size(),
                    "use the definition the answers were given to (-q FILE), or export them and map the columns"));
            rejectedRows++;
            continue;
          }
          String respondent = rows.getString(1);
          Timestamp submitted = rows.getTimestamp(3);
          if (pending != null && !pending.sameRow(respondent, submitted, source)) {
            sink.response(pending.response());
            accepted++;
            pending = null;
          }
          if (pending == null) {
            pending =
                new Pending(respondent, submitted, rows.getString(4), rows.getString(5), source);
          }
          pending.answers.put(questionnaire.id(), answers);
        }
        if (pending != null) {
          sink.response(pending.response());
          accepted++;
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "could not read the store (H2 error "
              + e.getErrorCode()
              + "); if this persists, restore it from a backup",
          e);
    }
    return new ImportSummary(accepted + rejectedRows, accepted, rejectedRows, 0, 0, List.of());
  }

  /** The answers of one stored row, gathered while the next rows belong to it. */
  private static final class Pending {
    private final String respondent;
    private final Timestamp submitted;
    private final String name;
    private final String couple;
    private final Position source;
    private final Map<String, Answers> answers = new LinkedHashMap<>();

    Pending(String respondent, Timestamp submitted, String name, String couple, Position source) {
      this.respondent = respondent;
      this.submitted = submitted;
      this.name = name;
      this.couple = couple;
      this.source = source;
    }

    boolean sameRow(String otherRespondent, Timestamp otherSubmitted, Position otherSource) {
      return respondent.equals(otherRespondent)
          && Objects.equals(submitted, otherSubmitted)
          && source.equals(otherSource);
    }

    Response response() {
      Optional<LocalDateTime> time = Optional.ofNullable(submitted).map(Timestamp::toLocalDateTime);
      return new Response(
          respondent,
          Optional.ofNullable(name),
          Optional.ofNullable(couple),
          time,
          source,
          answers);
    }
  }
}
