package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Inputs that are pipes rather than files ({@code <(...)} in a shell, or a named pipe), read once.
 * An export is read more than once (its encoding, its layout, then its rows, and a command may
 * detect before it imports), which a pipe cannot give; so the first open copies the pipe into a
 * private temporary file of this process, within the size limit of its kind of export, and every
 * later read of the same path reads that copy. Messages still name the path the coach gave.
 *
 * <p>A named pipe nobody writes to would make opening it wait forever; after {@link #OPEN_WAIT} the
 * input is refused with a message instead.
 */
final class PipedInputs {

  /** How long opening a pipe may wait for a program writing to it. */
  static final Duration OPEN_WAIT = Duration.ofSeconds(2);

  private static final Map<Path, Path> COPIES = new HashMap<>();

  private PipedInputs() {}

  /** Whether {@code file} is a pipe or device rather than a file or folder. */
  static boolean isPipe(Path file) {
    return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
  }

  /**
   * Copies the pipe {@code file} once (later calls reuse the copy); more than {@code maxBytes} is
   * refused.
   */
  static synchronized void buffer(Path file, long maxBytes) {
    if (COPIES.containsKey(key(file))) {
      return;
    }
    Path copy;
    try {
      copy = Files.createTempFile("tandem-input-", ".part"); // owner-only on POSIX systems
      copy.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = opened(file);
        OutputStream out = Files.newOutputStream(copy)) {
      byte[] chunk = new byte[1 << 16];
      long total = 0;
      int read;
      while ((read = in.read(chunk)) > 0) {
        total += read;
        if (total > maxBytes) {
          throw new ImportException(
              Position.ofFile(file),
              "the input holds more than "
                  + maxBytes / (1024 * 1024)
                  + " MB; Tandem reads exports like this of at most that. Is this the right"
                  + " file? If it is, export the responses in parts");
        }
        out.write(chunk, 0, read);
      }
    } catch (IOException e) {
      throw new ImportException(
          Position.ofFile(file),
          "the pipe could not be read to its end ("
              + e.getClass().getSimpleName()
              + "); save the export to a file and give that file's path");
    }
    COPIES.put(key(file), copy);
  }

  /**
   * Where to read {@code file} from: its copy when it is a pipe read before, else the file itself.
   */
  static synchronized Path readable(Path file) {
    return COPIES.getOrDefault(key(file), file);
  }

  /** Opens the pipe, giving up after {@link #OPEN_WAIT} when nothing writes to it. */
  private static InputStream opened(Path file) {
    CompletableFuture<InputStream> opening = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                opening.complete(Files.newInputStream(file));
              } catch (IOException e) {
                opening.completeExceptionally(e);
              }
            },
            "tandem-pipe-open");
    opener.setDaemon(
        true); // a pipe nobody ever writes to leaves it waiting; it must not keep Tandem running
    opener.start();
    try {
      return opening.get(OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      opening.thenAccept(PipedInputs::closeLate);
      throw new ImportException(
          Position.ofFile(file),
          "this is a named pipe and no program wrote to it within "
              + OPEN_WAIT.toSeconds()
              + " seconds; start the program that writes the export first, or save the"
              + " export to a file and give that file's path");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        throw new ImportException(Position.ofFile(file), "the file does not exist; check the path");
      }
      throw new ImportException(
          Position.ofFile(file),
          "the pipe could not be opened ("
              + e.getCause().getClass().getSimpleName()
              + "); save the export to a file and give that file's path");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImportException(
          Position.ofFile(file), "reading the pipe was interrupted; run the command again");
    }
  }

  /** Closes a pipe that opened after it was given up on, so its writer is not left blocked. */
  private static void closeLate(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // the pipe was never read from, and nothing waits on it any more: there is nothing to report
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
