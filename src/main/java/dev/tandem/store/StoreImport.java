package dev.tandem.store;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams export files into the store. Responses are inserted in batches; a row whose key is stored
 * already is looked up and counted as already there (same answers) or as a {@link Conflict}. Each
 * file is committed on its own, a large one every {@value #CHUNK} rows, so a process killed
 * mid-import leaves every earlier file whole and an import of the same file again adds only what is
 * missing.
 */
final class StoreImport {

  static final int CHUNK = 50_000;
  private static final int BATCH = 1_000;
  private static final String INSERT =
      "INSERT INTO response (respondent_id, questionnaire_id, submitted, name,"
          + " couple_code, answers, source_file, source_line, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND =
      "SELECT answers, source_file, source_line FROM response WHERE respondent_id = ?"
          + " AND questionnaire_id = ? AND submitted IS NOT DISTINCT FROM ?";

  private final Connection connection;
  private final List<Questionnaire> questionnaires;
  private final ImportOptions options;
  private final Consumer<Rejection> rejected;
  private final Consumer<Conflict> conflicted;
  private final OffsetDateTime importedAt =
      OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  private final List<Row> pending = new ArrayList<>(BATCH);
  private int uncommitted;
  private int added;
  private int alreadyStored;
  private int conflicts;

  /** One response to one questionnaire, waiting to be inserted. */
  private record Row(Response response, String questionnaireId, String answers) {}

  StoreImport(
      Connection connection,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      Consumer<Rejection> rejected,
      Consumer<Conflict> conflicted) {
    this.connection = connection;
    this.questionnaires = List.copyOf(questionnaires);
    this.options = options;
    this.rejected = rejected;
    this.conflicted = conflicted;
  }

  ImportReport run(List<Path> files) {
    int rowsRead = 0;
    int accepted = 0;
    int rejectedRows = 0;
    int droppedDuplicates = 0;
    int rejectedCells = 0;
    List<String> notes = new ArrayList<>();
    try (PreparedStatement insert = connection.prepareStatement(INSERT);
        PreparedStatement find = connection.prepareStatement(FIND)) {
      connection.setAutoCommit(false);
      for (Path file : files) {
        ImportSummary summary =
            Importer.stream(
                List.of(file),
                questionnaires,
                options,
                new ResponseSink() {
                  @Override
                  public void response(Response response) {
                    for (Map.Entry<String, Answers> answers : response.answers().entrySet()) {
                      pending.add(
                          new Row(
                              response, answers.getKey(), AnswerText.encode(answers.getValue())));
                    }
                    if (pending.size() >= BATCH) {
                      flush(insert, find);
                    }
                  }

                  @Override
                  public void rejection(Rejection rejection) {
                    rejected.accept(rejection);
                  }
                });
        flush(insert, find);
        commit();
        rowsRead += summary.rowsRead();
        accepted += summary.accepted();
        rejectedRows += summary.rejectedRows();
        droppedDuplicates += summary.droppedDuplicates();
        rejectedCells += summary.rejectedCells();
        notes.addAll(summary.notes());
      }
    } catch (SQLException e) {
      throw writeFailure(e);
    } finally {
      rollbackQuietly();
    }
    return new ImportReport(
        new ImportSummary(
            rowsRead, accepted, rejectedRows, droppedDuplicates, rejectedCells, notes),
        added,
        alreadyStored,
        conflicts);
  }

  private void flush(PreparedStatement insert, PreparedStatement find) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      for (Row row : pending) {
        bind(insert, row);
        insert.addBatch();
      }
      int[] counts;
      try {
        counts = insert.executeBatch();
      } catch (BatchUpdateException e) {
        counts = e.getUpdateCounts();
      }
      for (int i = 0; i < pending.size(); i++) {
        if (i < counts.length && counts[i] != Statement.EXECUTE_FAILED) {
          added++;
        } else {
          resolve(insert, find, pending.get(i));
        }
      }
      uncommitted += pending.size();
      pending.clear();
      if (uncommitted >= CHUNK) {
        commit();
      }
    } catch (SQLException e) {
      throw writeFailure(e);
    }
  }

  /** A row the batch did not insert: in the store already, in conflict, or inserted alone now. */
  private void resolve(PreparedStatement insert, PreparedStatement find, Row row)
      throws SQLException {
    find.setString(1, row.response().respondentId());
    find.setString(2, row.questionnaireId());
    find.setTimestamp(3, submitted(row.response()));
    try (ResultSet stored = find.executeQuery()) {
      if (stored.next()) {
        if (stored.getString(1).equals(row.answers())) {
          alreadyStored++;
        } else {
          conflicts++;
          conflicted.accept(
              new Conflict(
                  row.response().source(),
                  row.questionnaireId(),
                  new Position(Path.of(stored.getString(2)), stored.getInt(3), 0)));
        }
        return;
      }
    }
    bind(insert, row);
    insert.executeUpdate();
    added++;
  }

  private void bind(PreparedStatement insert, Row row) throws SQLException {
    Response response = row.response();
    insert.setString(1, response.respondentId());
    insert.setString(2, row.questionnaireId());
    insert.setTimestamp(3, submitted(response));
    insert.setString(4, response.name().orElse(null));
    insert.setString(5, response.coupleCode().orElse(null));
    insert.setString(6, row.answers());
    insert.setString(7, response.source().file().toAbsolutePath().normalize().toString());
    insert.setInt(8, response.source().line());
    insert.setObject(9, importedAt, Types.TIMESTAMP_WITH_TIMEZONE);
  }

  private static Timestamp submitted(Response response) {
    return response.submitted().map(Timestamp::valueOf).orElse(null);
  }

  private static StoreException writeFailure(SQLException e) {
    return new StoreException(
        "could not write to the store (H2 error "
            + e.getErrorCode()
            + "); the files"
            + " before the one being read are stored whole, and importing that file again adds what is missing",
        e);
  }

  private void commit() throws SQLException {
    connection.commit();
    uncommitted = 0;
  }

  private void rollbackQuietly() {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // the connection is unusable; the store's close reports it
    }
  }
}
