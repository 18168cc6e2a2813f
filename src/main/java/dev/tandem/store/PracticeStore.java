package dev.tandem.store;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;

/**
 * A coach's practice: every response ever imported or taken in a session, in an H2 database in one
 * folder, encrypted with AES under a key derived from the practice password ({@link StoreKey}). The
 * schema is brought up to date by Flyway migrations ({@code db/store/V*.sql}) whenever a store is
 * opened. Only one process can have a store open: another Tandem (the app, or a second import) gets
 * a {@link StoreException} saying so. Within a process, the methods may be called from several
 * threads.
 *
 * <p>This is the only package that sees SQL; the rest of Tandem gets responses and records.
 */
public final class PracticeStore implements AutoCloseable {

  static final String DATABASE_NAME = "practice";
  static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
  private static final String USER = "tandem";

  private final Path folder;
  private final StoreKey key;
  private Connection connection;

  private PracticeStore(Path folder, StoreKey key) {
    this.folder = folder;
    this.key = key;
  }

  /** Whether {@code folder} holds a store. */
  public static boolean exists(Path folder) {
    return Files.isRegularFile(folder.resolve(StoreKey.FILE_NAME));
  }

  /** Opens the store in {@code folder}, or creates it there when the folder holds none. */
  public static PracticeStore openOrCreate(Path folder, char[] password) {
    return exists(folder) ? open(folder, password) : create(folder, password);
  }

  /**
   * Creates a new, empty store in {@code folder} (created if missing; it must hold no store yet).
   */
  public static PracticeStore create(Path folder, char[] password) {
    return create(folder, password, StoreKey.ITERATIONS);
  }

  /** As {@link #create(Path, char[])}, with fewer key derivation rounds: for tests only. */
  static PracticeStore create(Path folder, char[] password, int iterations) {
    Objects.requireNonNull(folder, "folder must not be null");
    Objects.requireNonNull(password, "password must not be null");
    if (exists(folder) || Files.exists(folder.resolve(DATABASE_FILE))) {
      throw new StoreException(
          "the folder " + folder + " already holds a store; open it instead of creating one");
    }
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder);
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          // only the coach's own account can list or read the store's files
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot create the store's folder "
              + folder
              + " ("
              + e.getMessage()
              + "); check the path and your permissions",
          e);
    }
    StoreKey key = StoreKey.create(password, iterations);
    PracticeStore store = new PracticeStore(folder.toAbsolutePath().normalize(), key);
    store.connect(false);
    key.write(folder);
    return store;
  }

  /**
   * Opens the store in {@code folder}; a wrong password or a store in use is a {@link
   * StoreException}.
   */
  public static PracticeStore open(Path folder, char[] password) {
    Objects.requireNonNull(folder, "folder must not be null");
    Objects.requireNonNull(password, "password must not be null");
    if (!exists(folder)) {
      throw new StoreException(
          "there is no store in "
              + folder
              + "; check the path, or create one with tandem import FILE --store "
              + folder);
    }
    PracticeStore store =
        new PracticeStore(folder.toAbsolutePath().normalize(), StoreKey.open(folder, password));
    store.connect(true);
    return store;
  }

  public Path folder() {
    return folder;
  }

  /**
   * Imports every file, one transaction per file (or per {@value StoreImport#CHUNK} rows of a large
   * one), handing each rejection and each conflict to the consumers as they are met.
   */
  public synchronized ImportReport importFiles(
      List<Path> files,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      Consumer<Rejection> rejected,
      Consumer<Conflict> conflicted) {
    return new StoreImport(connection(), questionnaires, options, rejected, conflicted).run(files);
  }

  /** The ids of the questionnaires of which the store holds responses. */
  public synchronized List<String> questionnaireIds() {
    try {
      return new ResponseBlocks(connection()).questionnaireIds();
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /**
   * Every stored response to these questionnaires, in the order they were stored, the answers one
   * row gave to several questionnaires again as one response ({@link StoredResponses#stream}).
   */
  public synchronized StoredResponses responses(List<Questionnaire> questionnaires) {
    return new StoredResponses(connection(), questionnaires);
  }

  /**
   * Every client with the history of their assessments and when each is due again, in the order of
   * their respondent ids. Holds them all: for a practice's page, not for a listing of any size.
   */
  public synchronized List<StoredClient> clients(RetestSchedule schedule) {
    List<StoredClient> clients = new ArrayList<>();
    clients(schedule, clients::add);
    return clients;
  }

  /**
   * Hands on every client as {@link #clients(RetestSchedule)} lists them, one at a time, in memory
   * that does not grow with their number, and returns how many there were.
   */
  public synchronized int clients(RetestSchedule schedule, Consumer<StoredClient> out) {
    return ClientHistory.read(connection(), schedule, out);
  }

  /**
   * Erases a client (named by respondent id, or by name when that is unique) and every response of
   * theirs, then compacts the database so that the erased bytes are no longer in its file.
   */
  public synchronized Erasure forget(String client) {
    Erasure erasure = Erasure.run(connection(), client);
    compact();
    return erasure;
  }

  /** The in-session assessments: started, answered one statement at a time, finished. */
  public Sessions sessions() {
    return new Sessions(this);
  }

  /** Couples on one device: the second partner's turn, planned and taken once. */
  public Handovers handovers() {
    return new Handovers(this, sessions());
  }

  /**
   * Writes a consistent copy of the store, still encrypted with the store's key, together with the
   * salt it needs, to one file that {@link StoreBackup#restore} turns back into a store.
   */
  public synchronized void backup(Path target) {
    StoreBackup.write(connection(), folder, target);
  }

  /** Rewrites the database file so that nothing deleted is left in it, and reopens it. */
  synchronized void compact() {
    try (Statement statement = connection().createStatement()) {
      statement.execute("SHUTDOWN COMPACT");
    } catch (SQLException e) {
      throw failure("compact", e);
    }
    closeQuietly();
    connect(true);
  }

  /**
   * Changes the practice password of the closed store in {@code folder}: the database is
   * re-encrypted under the new key, and the new salt written, once the old password has been
   * checked.
   */
  public static void changePassword(Path folder, char[] oldPassword, char[] newPassword) {
    PracticeStore store = open(folder, oldPassword);
    store.close();
    StoreKey replacement = StoreKey.create(newPassword, store.key.iterations());
    PasswordChange.run(store.folder, store.key, replacement);
  }

  synchronized Connection connection() {
    if (connection == null) {
      throw new IllegalStateException("the store is closed");
    }
    return connection;
  }

  @Override
  public synchronized void close() {
    closeQuietly();
  }

  private void closeQuietly() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw failure("close", e);
      } finally {
        connection = null;
      }
    }
  }

  static String url(Path folder, boolean mustExist) {
    return "jdbc:h2:file:"
        + folder.resolve(DATABASE_NAME)
        + ";CIPHER=AES;TRACE_LEVEL_FILE=0;LAZY_QUERY_EXECUTION=TRUE;WRITE_DELAY=0;MAX_COMPACT_TIME=0"
        + (mustExist ? ";IFEXISTS=TRUE" : "");
  }

  static String password(StoreKey key) {
    // H2 takes "file-password user-password"; the file password is what protects the data, the
    // user's
    // adds nothing to it.
    return key.databasePassword() + " " + USER;
  }

  private void connect(boolean mustExist) {
    String url = url(folder, mustExist);
    try {
      // opened before Flyway's own connection, so that Flyway closing its connection does not close
      // the database (which would compact the whole file and open it again)
      connection = DriverManager.getConnection(url, USER, password(key));
      ResponseBlocksMigration blocks = new ResponseBlocksMigration();
      Flyway.configure()
          .dataSource(url, USER, password(key))
          .locations("classpath:db/store")
          .loggers("log4j2")
          .javaMigrations(blocks)
          .load()
          .migrate();
      if (blocks.packedAny()) {
        // the old rows' pages are free but still in the file (a store of a million responses
        // kept 500 MB where its blocks take 80)
        try (Statement statement = connection.createStatement()) {
          statement.execute("SHUTDOWN COMPACT");
        }
        closeQuietly();
        connection = DriverManager.getConnection(url, USER, password(key));
      }
    } catch (SQLException e) {
      throw opening(e);
    } catch (FlywayException e) {
      closeAfter(e);
      if (e.getCause() instanceof SQLException sql) {
        throw opening(sql);
      }
      throw new StoreException(
          "the store "
              + folder
              + " could not be brought up to date ("
              + e.getMessage()
              + "); restore it from a backup or use the Tandem version that wrote it",
          e);
    }
  }

  /**
   * Closes the connection a failed migration leaves open, keeping the migration's failure the one
   * reported.
   */
  private void closeAfter(FlywayException failure) {
    try {
      connection.close();
    } catch (SQLException e) {
      failure.addSuppressed(e);
    } finally {
      connection = null;
    }
  }

  private StoreException opening(SQLException e) {
    SQLException cause = e;
    while (cause.getNextException() != null && cause.getErrorCode() == 0) {
      cause = cause.getNextException();
    }
    return switch (rootCode(e)) {
      case ErrorCode.DATABASE_ALREADY_OPEN_1 ->
          new StoreException(
              "the store "
                  + folder
                  + " is in use by another Tandem (the app, or an import still running); wait for it to finish, or close"
                  + " the app, and try again",
              e);
      case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
          new StoreException(
              "the store "
                  + folder
                  + " does not open with this password although its key file accepts it; a change of"
                  + " password was probably interrupted: restore the store from a backup",
              e);
      case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
          new StoreException(
              "the store "
                  + folder
                  + " has its key file but no database ("
                  + DATABASE_FILE
                  + "); restore the store from a backup",
              e);
      default ->
          new StoreException(
              "the store "
                  + folder
                  + " cannot be opened (H2 error "
                  + rootCode(e)
                  + "); it may be damaged: restore it from a backup",
              e);
    };
  }

  private static int rootCode(Throwable e) {
    int code = 0;
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() != 0) {
        code = sql.getErrorCode();
      }
    }
    return code;
  }

  /**
   * Ends a transaction on {@code connection}: rolls back what was not committed and turns
   * auto-commit back on. A failure here means the connection is unusable, which the store's close
   * reports, so it is not thrown over the failure that ended the transaction.
   */
  static void endTransaction(Connection connection) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // reported by the store's close
    }
  }

  /**
   * Runs an insert, update or delete with {@code parameters} bound in order; how many rows it
   * changed.
   */
  static int update(Connection connection, String sql, String... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** The first column of every row {@code sql} selects, with {@code parameters} bound in order. */
  static List<String> strings(Connection connection, String sql, String... parameters)
      throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  StoreException failure(String what, SQLException e) {
    return new StoreException(
        "could not "
            + what
            + " the store "
            + folder
            + " (H2 error "
            + e.getErrorCode()
            + "); if this persists, restore it from a backup",
        e);
  }
}
