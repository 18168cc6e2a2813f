package dev.tandem.report;

import dev.tandem.report.output.OutputException;
import dev.tandem.report.output.SafeWriter;
import dev.tandem.report.output.WriteResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The one place where report files reach the disk. Every writer in this package hands its bytes
 * over here; {@link SafeWriter} writes them to a temporary file beside the target and moves it into
 * place in one step, refuses to replace a report that is open in Excel or was edited since Tandem
 * wrote it (the new one then goes beside it), and records what it wrote in the folder's manifest.
 */
final class OutputFiles {

  /** Writes a whole document to a stream; the stream is closed by the caller. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutputFiles() {}

  /**
   * Writes one report; its record is saved with the others of its client, couple or cohort ({@link
   * ReportFolders#recordedTogether}). A file that cannot be placed (open in Excel, a refused move,
   * a full disk) is a failed result naming it, so the caller can go on with the other reports; so
   * is a PDF whose text needs a font the machine lacks, with the Debian package to install.
   */
  static WriteResult write(Path target, ReportOptions options, Content content) {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(content, "content must not be null");
    Path folder = target.toAbsolutePath().getParent();
    try {
      return options
          .folders()
          .writer(folder)
          .writeRecordLater(target.getFileName().toString(), content::writeTo);
    } catch (OutputException | UncheckedIOException e) {
      throw new ReportException(target, "could not be written (" + e.getMessage() + ")", e);
    } catch (UnprintableTextException e) {
      return new WriteResult(
          WriteResult.Status.FAILED, target, target + " was not written: " + e.getMessage());
    }
  }
}
