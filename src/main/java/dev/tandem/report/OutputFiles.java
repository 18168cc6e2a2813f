package dev.tandem.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place where report files reach the disk. Every writer in this package hands its bytes
 * over here, so that atomic replacement and encryption can be added in one spot.
 */
final class OutputFiles {

  /** Writes a whole document to a stream; the stream is closed by the caller. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  static Path write(Path target, Content content) {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(content, "content must not be null");
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
        content.writeTo(out);
      }
      return target;
    } catch (IOException e) {
      throw new ReportException(target, "could not be written (" + e.getMessage()
          + "). Check that the folder exists, is writable and that the file is not open in another program.", e);
    }
  }
}
