package dev.tandem.report.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Replaces one file only once its new content is complete: the content goes to a hidden partial
 * file beside the target ({@code .tandem-<pid>-*.partial}, readable by the owner only), is flushed
 * to disk and then moved over the target in one step. A command that fails half-way (an unreadable
 * input, a full disk, a bug) leaves the old file exactly as it was. The file written is readable by
 * its owner only (mode 600 where the file system has permissions).
 */
public final class AtomicFile {

  static final String PARTIAL_PREFIX = ".tandem-";
  static final String PARTIAL_SUFFIX = ".partial";

  private AtomicFile() {}

  /**
   * Writes {@code target} through a partial file. An exception of {@code content} (or of the file
   * system) is passed on after the partial file is removed; the target is then untouched.
   */
  public static void write(Path target, SafeWriter.Content content) throws IOException {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(content, "content must not be null");
    Path partial = newPartial(target.toAbsolutePath().getParent());
    try {
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      moveIntoPlace(partial, target);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** A new, empty, owner-only partial file in {@code folder}, named after this process. */
  static Path newPartial(Path folder) throws IOException {
    // createTempFile makes the file readable and writable by its owner only on POSIX systems
    return Files.createTempFile(
        folder, PARTIAL_PREFIX + ProcessHandle.current().pid() + "-", PARTIAL_SUFFIX);
  }

  /**
   * Moves a complete partial file over {@code target} in one step. Returns false when the file
   * system can only copy-and-delete, so an interruption could leave the target damaged (the caller
   * may say so).
   */
  static boolean moveIntoPlace(Path partial, Path target) throws IOException {
    try {
      Files.move(
          partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return true;
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      return false;
    }
  }
}
