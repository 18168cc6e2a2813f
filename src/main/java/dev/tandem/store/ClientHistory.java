package dev.tandem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads every client of the store with their assessments, in the order of their respondent ids. */
final class ClientHistory {

  // In the order of the key's index, so that H2 needs no sort of the whole table.
  private static final String SELECT =
      "SELECT respondent_id, questionnaire_id, submitted, name, couple_code,"
          + " source_id, source_line FROM response ORDER BY respondent_id, questionnaire_id, submitted";

  private ClientHistory() {}

  static List<StoredClient> read(Connection connection, RetestSchedule schedule) {
    List<StoredClient> clients = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      Map<Integer, Path> files = ImportSources.files(connection);
      try (ResultSet rows = statement.executeQuery(SELECT)) {
        String respondent = null;
        String name = null;
        String couple = null;
        Timestamp latest = null;
        List<StoredAssessment> history = new ArrayList<>();
        while (rows.next()) {
          if (respondent != null && !respondent.equals(rows.getString(1))) {
            clients.add(
                StoredClient.of(
                    respondent,
                    Optional.ofNullable(name),
                    Optional.ofNullable(couple),
                    history,
                    schedule));
            history = new ArrayList<>();
            name = null;
            couple = null;
            latest = null;
          }
          respondent = rows.getString(1);
          Timestamp submitted = rows.getTimestamp(3);
          // name and couple code as on the latest response that has them
          boolean newer = latest == null || (submitted != null && !submitted.before(latest));
          if (rows.getString(4) != null && (name == null || newer)) {
            name = rows.getString(4);
          }
          if (rows.getString(5) != null && (couple == null || newer)) {
            couple = rows.getString(5);
          }
          if (submitted != null && newer) {
            latest = submitted;
          }
          history.add(
              new StoredAssessment(
                  rows.getString(2),
                  Optional.ofNullable(submitted).map(Timestamp::toLocalDateTime),
                  files.get(rows.getInt(6)),
                  rows.getInt(7)));
        }
        if (respondent != null) {
          clients.add(
              StoredClient.of(
                  respondent,
                  Optional.ofNullable(name),
                  Optional.ofNullable(couple),
                  history,
                  schedule));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "could not read the store's clients (H2 error "
              + e.getErrorCode()
              + "); if this persists, restore it from a backup",
          e);
    }
    return clients;
  }
}
