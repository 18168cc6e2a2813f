package dev.tandem.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts a closed store under a new key: H2 rewrites the database file with the new file
 * password, then the new salt and check value replace the old ones.
 */
final class PasswordChange {

  private PasswordChange() {}

  static void run(Path folder, StoreKey old, StoreKey replacement) {
    try {
      ChangeFileEncryption.execute(
          folder.toString(),
          PracticeStore.DATABASE_NAME,
          "AES",
          old.databasePassword().toCharArray(),
          replacement.databasePassword().toCharArray(),
          true);
    } catch (SQLException e) {
      throw new StoreException(
          "could not change the store's password (H2 error "
              + e.getErrorCode()
              + "); the old password still opens it",
          e);
    }
    replacement.write(folder);
  }
}
