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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams export files into the store. Responses are inserted in batches of {@value #BATCH}; before
 * each batch, one query finds which of its keys are stored already (the key's index, looked up for
 * the batch's respondents together), and those rows are counted as already there (same answers) or
 * as a {@link Conflict} instead of being inserted. Each file is committed on its own, a large one
 * every {@value #CHUNK} rows, so a process killed mid-import leaves every earlier file whole and an
 * import of the same file again adds only what is missing.
 */
final class StoreImport {

  // H2 marks every row of a transaction committed at its commit; ten thousand rows' pages are still
  // in its cache then, fifty thousand were not and had to be read back and decrypted
  // (BENCHMARKS.md)
  static final int CHUNK = 10_000;
  private static final int BATCH = 1_000;
  private static final String INSERT =
      "INSERT INTO response (respondent_id, questionnaire_id, submitted, name,"
          + " couple_code, answers, source_id, source_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND =
      "SELECT r.answers, s.file, r.source_line FROM response r JOIN import_source s"
          + " ON s.id = r.source_id WHERE r.respondent_id = ? AND r.questionnaire_id = ?"
          + " AND r.submitted IS NOT DISTINCT FROM ?";
  // a join with the batch's respondents as a table: H2 looks each up in the key's index, where
  // "respondent_id = ANY(?)" or a list of a thousand parameters scanned far more of it
  private static final String FIND_BATCH =
      "SELECT r.respondent_id, r.submitted, r.answers, s.file, r.source_line"
          + " FROM TABLE(respondent VARCHAR = ?) batch JOIN response r"
          + " ON r.respondent_id = batch.respondent AND r.questionnaire_id = ?"
          + " JOIN import_source s ON s.id = r.source_id";

  private final Connection connection;
  private final List<Questionnaire> questionnaires;
  private final ImportOptions options;
  private final Consumer<Rejection> rejected;
  private final Consumer<Conflict> conflicted;
  private final OffsetDateTime importedAt =
      OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
  private final List<Row> pending = new ArrayList<>(BATCH);
  private Path file;
  // the file's row in import_source, added with its first stored response
  private Integer sourceId;
  private int uncommitted;
  private int added;
  private int alreadyStored;
  private int conflicts;

  /** One response to one questionnaire, waiting to be inserted. */
  private record Row(Response response, String questionnaireId, String answers) {

    Key key() {
      return new Key(response.respondentId(), questionnaireId, submitted(response));
    }
  }

  /** What identifies a stored response. */
  private record Key(String respondentId, String questionnaireId, Timestamp submitted) {}

  /** A stored response's answers and where they were imported from. */
  private record Stored(String answers, Position source) {}

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
        PreparedStatement find = connection.prepareStatement(FIND);
        PreparedStatement findBatch = connection.prepareStatement(FIND_BATCH)) {
      connection.setAutoCommit(false);
      for (Path input : files) {
        file = input;
        sourceId = null;
        ImportSummary summary =
            Importer.stream(
                List.of(input),
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
                      flush(insert, find, findBatch);
                    }
                  }

                  @Override
                  public void rejection(Rejection rejection) {
                    rejected.accept(rejection);
                  }
                });
        flush(insert, find, findBatch);
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

  private void flush(
      PreparedStatement insert, PreparedStatement find, PreparedStatement findBatch) {
    if (pending.isEmpty()) {
      return;
    }
    try {
      Map<Key, Stored> stored = stored(findBatch);
      List<Row> inserted = new ArrayList<>(pending.size());
      for (Row row : pending) {
        Stored match = stored.get(row.key());
        if (match == null) {
          bind(insert, row);
          insert.addBatch();
          inserted.add(row);
        } else {
          count(row, match);
        }
      }
      int[] counts;
      try {
        counts = inserted.isEmpty() ? new int[0] : insert.executeBatch();
      } catch (BatchUpdateException e) {
        counts = e.getUpdateCounts();
      }
      for (int i = 0; i < inserted.size(); i++) {
        if (i < counts.length && counts[i] != Statement.EXECUTE_FAILED) {
          added++;
        } else {
          // a key the batch holds twice, or one stored since the look-up
          resolve(insert, find, inserted.get(i));
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

  /**
   * The stored responses that have the key of a pending row, found with one query a questionnaire.
   */
  private Map<Key, Stored> stored(PreparedStatement findBatch) throws SQLException {
    Map<String, Set<String>> respondents = new LinkedHashMap<>();
    for (Row row : pending) {
      respondents
          .computeIfAbsent(row.questionnaireId(), id -> new LinkedHashSet<>())
          .add(row.response().respondentId());
    }
    Map<Key, Stored> stored = new HashMap<>();
    for (Map.Entry<String, Set<String>> questionnaire : respondents.entrySet()) {
      findBatch.setObject(1, questionnaire.getValue().toArray(String[]::new));
      findBatch.setString(2, questionnaire.getKey());
      try (ResultSet rows = findBatch.executeQuery()) {
        while (rows.next()) {
          stored.put(
              new Key(rows.getString(1), questionnaire.getKey(), rows.getTimestamp(2)),
              new Stored(
                  rows.getString(3), new Position(Path.of(rows.getString(4)), rows.getInt(5), 0)));
        }
      }
    }
    return stored;
  }

  /** Counts a row whose key is stored: already there with the same answers, or a conflict. */
  private void count(Row row, Stored stored) {
    if (stored.answers().equals(row.answers())) {
      alreadyStored++;
    } else {
      conflicts++;
      conflicted.accept(
          new Conflict(row.response().source(), row.questionnaireId(), stored.source()));
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
        count(
            row,
            new Stored(
                stored.getString(1),
                new Position(Path.of(stored.getString(2)), stored.getInt(3), 0)));
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
    insert.setInt(7, sourceId());
    insert.setInt(8, response.source().line());
  }

  private int sourceId() throws SQLException {
    if (sourceId == null) {
      sourceId = ImportSources.add(connection, file.toAbsolutePath().normalize(), importedAt);
    }
    return sourceId;
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
