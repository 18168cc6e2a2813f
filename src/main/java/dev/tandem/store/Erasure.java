package dev.tandem.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client's erasure: which responses were removed, counted per questionnaire. The client is named
 * by respondent id (an email is matched in any case) or by name, when exactly one client has it.
 */
public record Erasure(Map<String, Integer> removedPerQuestionnaire, int openSessionsRemoved) {

  public Erasure {
    removedPerQuestionnaire = Map.copyOf(removedPerQuestionnaire);
  }

  public int responsesRemoved() {
    return removedPerQuestionnaire.values().stream().mapToInt(Integer::intValue).sum();
  }

  static Erasure run(Connection connection, String client) {
    try {
      connection.setAutoCommit(false);
      String respondent = respondent(connection, client);
      Map<String, Integer> removed = new TreeMap<>();
      try (PreparedStatement count =
          connection.prepareStatement(
              "SELECT questionnaire_id, COUNT(*) FROM response WHERE respondent_id = ? GROUP BY questionnaire_id")) {
        count.setString(1, respondent);
        try (ResultSet rows = count.executeQuery()) {
          while (rows.next()) {
            removed.put(rows.getString(1), rows.getInt(2));
          }
        }
      }
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM response WHERE respondent_id = ?")) {
        delete.setString(1, respondent);
        delete.executeUpdate();
      }
      int sessions = Sessions.forget(connection, respondent);
      // a file's path may name the client
      ImportSources.removeUnused(connection);
      connection.commit();
      return new Erasure(removed, sessions);
    } catch (SQLException e) {
      throw new StoreException(
          "could not erase the client (H2 error "
              + e.getErrorCode()
              + "); nothing was removed, try again",
          e);
    } finally {
      try {
        connection.rollback();
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is unusable; the store's close reports it
      }
    }
  }

  /** The one respondent id the coach meant; a name held by several clients is refused. */
  private static String respondent(Connection connection, String client) throws SQLException {
    String given = client.strip();
    List<String> matches = new ArrayList<>();
    try (PreparedStatement find =
        connection.prepareStatement(
            "SELECT DISTINCT respondent_id FROM response"
                + " WHERE LOWER(respondent_id) = LOWER(?) UNION SELECT DISTINCT respondent_id FROM assessment_session"
                + " WHERE LOWER(respondent_id) = LOWER(?)")) {
      find.setString(1, given);
      find.setString(2, given);
      try (ResultSet rows = find.executeQuery()) {
        while (rows.next()) {
          matches.add(rows.getString(1));
        }
      }
    }
    if (matches.isEmpty()) {
      try (PreparedStatement find =
          connection.prepareStatement(
              "SELECT DISTINCT respondent_id FROM response WHERE LOWER(name) = LOWER(?)")) {
        find.setString(1, given);
        try (ResultSet rows = find.executeQuery()) {
          while (rows.next()) {
            matches.add(rows.getString(1));
          }
        }
      }
    }
    if (matches.isEmpty()) {
      throw new StoreException(
          "no client in the store has this email, code or name; nothing was removed."
              + " tandem clients --store DIR lists them");
    }
    if (matches.size() > 1) {
      throw new StoreException(
          matches.size()
              + " clients in the store have this name; nothing was removed."
              + " Give the client's email or code as tandem clients lists it");
    }
    return matches.get(0);
  }
}
