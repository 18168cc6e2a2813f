package dev.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A store in one file: a zip of the database file as H2's online backup copies it (still encrypted
 * with the store's key, so nothing in it is readable without the password) and the key file with
 * the salt. Restoring checks the password before anything is written to the target folder.
 */
public final class StoreBackup {

  private static final Set<String> ENTRIES =
      Set.of(StoreKey.FILE_NAME, PracticeStore.DATABASE_FILE);

  private StoreBackup() {}

  static void write(Connection connection, Path folder, Path target) {
    if (Files.exists(target)) {
      throw new StoreException(
          "the backup file "
              + target
              + " exists already; choose another name, nothing was"
              + " overwritten");
    }
    Path directory = target.toAbsolutePath().getParent();
    Path database = directory.resolve("." + target.getFileName() + ".h2.tmp");
    Path partial = directory.resolve("." + target.getFileName() + ".tmp");
    try (PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
      backup.setString(1, database.toString());
      backup.execute();
      try (OutputStream out = Files.newOutputStream(partial);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(StoreKey.FILE_NAME));
        Files.copy(folder.resolve(StoreKey.FILE_NAME), zip);
        zip.closeEntry();
        try (ZipInputStream copied = new ZipInputStream(Files.newInputStream(database))) {
          for (ZipEntry entry = copied.getNextEntry();
              entry != null;
              entry = copied.getNextEntry()) {
            zip.putNextEntry(new ZipEntry(entry.getName()));
            copied.transferTo(zip);
            zip.closeEntry();
          }
        }
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new StoreException(
          "could not back up the store (H2 error "
              + e.getErrorCode()
              + "); nothing was"
              + " written",
          e);
    } catch (IOException e) {
      throw new StoreException(
          "could not write the backup "
              + target
              + " ("
              + e.getMessage()
              + "); check the folder and the free space",
          e);
    } finally {
      deleteQuietly(database);
      deleteQuietly(partial);
    }
  }

  /**
   * Restores the backup into {@code folder}, which must not exist yet or be empty; the password
   * must open the backed-up store, else nothing is written there.
   */
  public static void restore(Path backup, Path folder, char[] password) {
    if (Files.isDirectory(folder)) {
      try (var entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new StoreException(
              "the folder "
                  + folder
                  + " is not empty; restore into a new folder, nothing was"
                  + " overwritten");
        }
      } catch (IOException e) {
        throw new StoreException(
            "cannot read the folder " + folder + " (" + e.getMessage() + ")", e);
      }
    }
    Path absolute = folder.toAbsolutePath().normalize();
    Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".restoring");
    try {
      Files.createDirectories(staging);
      try (ZipFile zip = new ZipFile(backup.toFile())) {
        for (ZipEntry entry : List.copyOf(zip.stream().toList())) {
          if (!ENTRIES.contains(entry.getName())) {
            throw new StoreException(
                backup
                    + " is not a Tandem store backup (it holds "
                    + entry.getName()
                    + "); give the file tandem backup wrote");
          }
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, staging.resolve(entry.getName()));
          }
        }
      }
      if (!PracticeStore.exists(staging)
          || !Files.exists(staging.resolve(PracticeStore.DATABASE_FILE))) {
        throw new StoreException(
            backup
                + " is not a complete Tandem store backup; give the file tandem backup"
                + " wrote");
      }
      PracticeStore.open(staging, password).close();
      Files.createDirectories(absolute);
      for (String name : ENTRIES) {
        Files.move(staging.resolve(name), absolute.resolve(name));
      }
    } catch (FileAlreadyExistsException e) {
      throw new StoreException(
          "the folder " + folder + " changed during the restore; restore into a new folder", e);
    } catch (IOException e) {
      throw new StoreException(
          "could not restore "
              + backup
              + " ("
              + e.getMessage()
              + "); check that it is the"
              + " file tandem backup wrote",
          e);
    } finally {
      deleteTree(staging);
    }
  }

  private static void deleteTree(Path folder) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var entries = Files.list(folder)) {
      entries.forEach(StoreBackup::deleteQuietly);
    } catch (IOException e) {
      // left behind; it holds only encrypted files
    }
    deleteQuietly(folder);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left behind; it holds only encrypted data
    }
  }
}
