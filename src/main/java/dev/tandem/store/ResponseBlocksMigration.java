package dev.tandem.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Optional;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration V5: the responses move from one row each (table {@code response}) into blocks ({@link
 * ResponseBlocks}), read in the order they were stored and packed {@value ResponseBlocks#SIZE} to a
 * block or fewer when their texts are long ({@link BlockFill}), a block never spanning two import
 * sources; then the old table is dropped. Written in Java because the packing is {@link
 * ResponseBlock}'s, the same an import uses. An instance remembers whether it packed any response,
 * so that the store can compact its file afterwards.
 */
final class ResponseBlocksMigration implements JavaMigration {

  private static final String SELECT =
      "SELECT respondent_id, questionnaire_id, submitted, name, couple_code, answers,"
          + " source_id, source_line FROM response ORDER BY id";

  private boolean packedAny;

  /** Whether this migration ran and found responses to pack. */
  boolean packedAny() {
    return packedAny;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "response blocks";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE response_block (id INT PRIMARY KEY, source_id INT NOT NULL,"
              + " responses VARBINARY NOT NULL)");
      statement.execute(
          "CREATE TABLE block_index (block_id INT PRIMARY KEY,"
              + " questionnaires VARCHAR ARRAY NOT NULL, fingerprints VARBINARY NOT NULL)");
    }
    pack(connection);
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE response");
    }
  }

  private void pack(Connection connection) throws SQLException {
    ResponseBlocks blocks = new ResponseBlocks(connection);
    BlockFill block = new BlockFill();
    int id = 1;
    int source = 0;
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(SELECT)) {
      while (rows.next()) {
        int rowSource = rows.getInt(7);
        PackedResponse response =
            new PackedResponse(
                rows.getString(2),
                rows.getString(1),
                Optional.ofNullable(rows.getTimestamp(3)).map(Timestamp::toLocalDateTime),
                Optional.ofNullable(rows.getString(4)),
                Optional.ofNullable(rows.getString(5)),
                rows.getInt(8),
                AnswerText.decode(rows.getString(6)));
        if (!block.isEmpty() && (rowSource != source || !block.fits(response))) {
          blocks.insert(new ResponseBlocks.Block(id++, source, block.responses()));
          block.clear();
        }
        source = rowSource;
        packedAny = true;
        block.add(response);
      }
    }
    if (!block.isEmpty()) {
      blocks.insert(new ResponseBlocks.Block(id, source, block.responses()));
    }
  }
}
