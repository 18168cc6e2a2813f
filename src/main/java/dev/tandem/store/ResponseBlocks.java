package dev.tandem.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stored responses as blocks (migration V5): table {@code response_block} holds each block's
 * responses packed by {@link ResponseBlock}, in the order of storage (block id, then place in the
 * block), all from one import source; table {@code block_index} holds, per block, its questionnaire
 * ids and the fingerprints of its responses' keys, which an import reads to know what is stored
 * without reading the responses. H2 writes a row and its index entries per block, not per response.
 */
final class ResponseBlocks {

  /** The most responses a block holds. */
  static final int SIZE = 500;

  /** A block of stored responses, all imported from one source. */
  record Block(int id, int sourceId, List<PackedResponse> responses) {

    Block {
      responses = List.copyOf(responses);
    }
  }

  /** Receives the blocks of a scan. */
  @FunctionalInterface
  interface BlockReader {
    void read(Block block) throws SQLException;
  }

  private final Connection connection;

  ResponseBlocks(Connection connection) {
    this.connection = connection;
  }

  /** The id the next block gets: one more than the largest (ids are the order of storage). */
  int nextId() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM response_block")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  void insert(Block block) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO response_block (id, source_id, responses) VALUES (?, ?, ?)")) {
      insert.setInt(1, block.id());
      insert.setInt(2, block.sourceId());
      insert.setBytes(3, ResponseBlock.pack(block.responses()));
      insert.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO block_index (block_id, questionnaires, fingerprints) VALUES (?, ?, ?)")) {
      insert.setInt(1, block.id());
      insert.setObject(2, ResponseBlock.questionnaireIds(block.responses()));
      insert.setBytes(3, ResponseBlock.fingerprints(block.responses()));
      insert.executeUpdate();
    }
  }

  /** Writes the block again with these responses, or removes it when there are none. */
  void replace(int id, List<PackedResponse> responses) throws SQLException {
    if (responses.isEmpty()) {
      for (String delete :
          List.of(
              "DELETE FROM response_block WHERE id = ?",
              "DELETE FROM block_index WHERE block_id = ?")) {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
          statement.setInt(1, id);
          statement.executeUpdate();
        }
      }
      return;
    }
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE response_block SET responses = ? WHERE id = ?")) {
      update.setBytes(1, ResponseBlock.pack(responses));
      update.setInt(2, id);
      update.executeUpdate();
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE block_index SET questionnaires = ?, fingerprints = ? WHERE block_id = ?")) {
      update.setObject(1, ResponseBlock.questionnaireIds(responses));
      update.setBytes(2, ResponseBlock.fingerprints(responses));
      update.setInt(3, id);
      update.executeUpdate();
    }
  }

  Block read(int id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT source_id, responses FROM response_block WHERE id = ?")) {
      select.setInt(1, id);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          throw new StoreException(
              "the store's index names a block of responses that is missing; the store is"
                  + " damaged: restore it from a backup");
        }
        return new Block(id, rows.getInt(1), ResponseBlock.unpack(rows.getBytes(2)));
      }
    }
  }

  /** Hands every block to the reader in the order of storage, a few at a time from the database. */
  void scan(BlockReader reader) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id, source_id, responses FROM response_block ORDER BY id",
            ResultSet.TYPE_FORWARD_ONLY,
            ResultSet.CONCUR_READ_ONLY)) {
      select.setFetchSize(16);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          reader.read(
              new Block(rows.getInt(1), rows.getInt(2), ResponseBlock.unpack(rows.getBytes(3))));
        }
      }
    }
  }

  /** Where every stored key is, from the blocks' fingerprints alone. */
  KeyIndex keyIndex() throws SQLException {
    KeyIndex index = new KeyIndex(1 << 16);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT block_id, fingerprints FROM block_index")) {
      while (rows.next()) {
        int block = rows.getInt(1);
        for (long fingerprint : ResponseBlock.readFingerprints(rows.getBytes(2))) {
          index.add(fingerprint, block);
        }
      }
    }
    return index;
  }

  /** Whether a response with this one's key is stored, found through the fingerprints. */
  boolean holdsKeyOf(PackedResponse response) throws SQLException {
    long wanted = response.fingerprint();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT block_id, fingerprints FROM block_index")) {
      while (rows.next()) {
        for (long fingerprint : ResponseBlock.readFingerprints(rows.getBytes(2))) {
          if (fingerprint == wanted
              && read(rows.getInt(1)).responses().stream().anyMatch(response::sameKey)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The ids of the questionnaires of which responses are stored, in alphabetical order. */
  List<String> questionnaireIds() throws SQLException {
    Set<String> ids = new TreeSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT questionnaires FROM block_index")) {
      while (rows.next()) {
        Array array = rows.getArray(1);
        for (Object id : (Object[]) array.getArray()) {
          ids.add((String) id);
        }
      }
    }
    return List.copyOf(ids);
  }
}
