package dev.tandem.report.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * A folder for the temporary files POI makes while writing reports, private to this run: created
 * with owner-only access, used by POI through {@link TempFile}, and deleted when the run ends,
 * whether it returns, throws or is stopped (a shutdown hook covers Ctrl-C and {@code System.exit}).
 * Folders left by runs killed outright are deleted by the next run. ImageIO's disk cache is
 * switched off so rendered charts stay in memory.
 *
 * <p>Open one per run, around all report writing: {@code try (PrivateTempDir temp =
 * PrivateTempDir.open())}.
 */
public final class PrivateTempDir implements AutoCloseable {

  static final String PREFIX = "tandem-";

  private final Path directory;
  private final Thread hook;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PrivateTempDir(Path directory) {
    this.directory = directory;
    this.hook = new Thread(this::delete, "tandem-temp-cleanup");
  }

  /** Creates the folder under the system's temporary folder and points POI at it. */
  public static PrivateTempDir open() {
    return open(Path.of(System.getProperty("java.io.tmpdir")));
  }

  static PrivateTempDir open(Path parent) {
    removeLeftovers(parent);
    Path directory;
    try {
      directory =
          Files.createTempDirectory(
              parent,
              PREFIX + ProcessHandle.current().pid() + "-",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException e) {
      directory = createWithoutPosix(parent); // Windows: the user's temp folder is already private
    } catch (IOException e) {
      throw new OutputException(
          parent
              + ": cannot create a private folder for temporary files ("
              + SafeWriter.reason(e)
              + "); check that the temporary folder is writable");
    }
    PrivateTempDir temp = new PrivateTempDir(directory);
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(directory.toFile()));
    ImageIO.setUseCache(false);
    Runtime.getRuntime().addShutdownHook(temp.hook);
    return temp;
  }

  private static Path createWithoutPosix(Path parent) {
    try {
      return Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Path directory() {
    return directory;
  }

  /** Deletes the folder and puts POI back on its default temporary folder. */
  @Override
  public void close() {
    delete();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down; the hook runs or has run
    }
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
  }

  private void delete() {
    if (closed.compareAndSet(false, true)) {
      deleteTree(directory);
    }
  }

  private static void removeLeftovers(Path parent) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, PREFIX + "*")) {
      for (Path folder : folders) {
        if (Files.isDirectory(folder) && isOwnersDead(folder.getFileName().toString())) {
          try {
            deleteTree(folder);
          } catch (UncheckedIOException e) {
            // another user's folder, or one being deleted right now: not ours to insist on
          }
        }
      }
    } catch (IOException e) {
      // an unreadable temporary folder is reported when we try to create ours in it
    }
  }

  private static boolean isOwnersDead(String name) {
    String rest = name.substring(PREFIX.length());
    int dash = rest.indexOf('-');
    if (dash <= 0) {
      return false;
    }
    try {
      long pid = Long.parseLong(rest.substring(0, dash));
      return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Deletes a folder and everything in it; a folder or file already gone is no error. */
  public static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              Files.deleteIfExists(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
