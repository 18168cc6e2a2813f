package dev.tandem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The files responses were imported from, one row per file and import (its path and the import's
 * time), which each stored response names by id with its own line.
 */
final class ImportSources {

  private ImportSources() {}

  /** Records that {@code file} is imported at {@code importedAt}; the new source's id. */
  static int add(Connection connection, Path file, OffsetDateTime importedAt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO import_source (file, imported_at) VALUES (?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, file.toString());
      insert.setObject(2, importedAt, Types.TIMESTAMP_WITH_TIMEZONE);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getInt(1);
      }
    }
  }

  /** Every source's file, by id: few rows, read once before the responses that name them. */
  static Map<Integer, Path> files(Connection connection) throws SQLException {
    Map<Integer, Path> files = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT id, file FROM import_source")) {
      while (rows.next()) {
        files.put(rows.getInt(1), Path.of(rows.getString(2)));
      }
    }
    return files;
  }

  /** Removes the sources no stored response names any more (after an erasure). */
  static void removeUnused(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "DELETE FROM import_source WHERE id NOT IN (SELECT DISTINCT source_id FROM response_block)");
    }
  }
}
