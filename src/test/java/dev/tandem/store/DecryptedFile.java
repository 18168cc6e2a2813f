package dev.tandem.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.mvstore.MVStoreTool;
import org.h2.tools.ChangeFileEncryption;

/**
 * The store's database file as it is once decrypted, for tests that check what is (and is no
 * longer) in it: a copy of the file is decrypted in place by H2's own tool, block by block, so that
 * stale blocks are kept as they are.
 */
final class DecryptedFile {

  private DecryptedFile() {}

  static String text(Path folder, char[] password) {
    return decrypted(folder, password, false);
  }

  /**
   * The live data of the store's database, decrypted and uncompressed: H2 compresses the pages it
   * writes when it compacts a database (which an erasure does), so a compacted file's bytes may not
   * hold a stored text in one piece; this copy is rewritten by H2's own tool without compression.
   */
  static String liveText(Path folder, char[] password) {
    return decrypted(folder, password, true);
  }

  private static String decrypted(Path folder, char[] password, boolean uncompressed) {
    String key = StoreKey.open(folder, password).databasePassword();
    try {
      Path copy = Files.createTempDirectory("tandem-decrypted");
      Path file = copy.resolve(PracticeStore.DATABASE_FILE);
      Files.copy(folder.resolve(PracticeStore.DATABASE_FILE), file);
      try {
        ChangeFileEncryption.execute(
            copy.toString(), PracticeStore.DATABASE_NAME, "AES", key.toCharArray(), null, true);
        if (uncompressed) {
          MVStoreTool.compact(file.toString(), false);
        }
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      } finally {
        Files.delete(file);
        Files.delete(copy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("H2 could not decrypt the store's copy", e);
    }
  }
}
