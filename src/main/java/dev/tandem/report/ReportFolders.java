package dev.tandem.report;

import dev.tandem.report.output.OutputException;
import dev.tandem.report.output.SafeWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The output folders of one run, each opened once: its {@link SafeWriter} reads the folder's record
 * of written reports and removes dead runs' partial files when the run first writes there, not
 * again for every file. The record is saved once per client's, couple's or the cohort's files
 * ({@link #recordedTogether}) rather than after every file. Shared by the run's threads; a new run
 * gets new folders ({@link ReportOptions#defaults}).
 */
public final class ReportFolders {

  private final Map<Path, SafeWriter> writers = new ConcurrentHashMap<>();

  private ReportFolders() {}

  /** Folders not yet opened, for one run. */
  public static ReportFolders forOneRun() {
    return new ReportFolders();
  }

  /** The writer of {@code folder} (absolute), opened on first use. */
  SafeWriter writer(Path folder) {
    return writers.computeIfAbsent(folder, SafeWriter::new);
  }

  /**
   * Runs {@code writes} (one report's files) and then saves the record of the files they wrote, in
   * every folder, also when they fail; a failure to save is then added to theirs.
   */
  <T> T recordedTogether(Supplier<T> writes) {
    T written;
    try {
      written = writes.get();
    } catch (RuntimeException | Error e) {
      try {
        saveRecords();
      } catch (ReportException unsaved) {
        e.addSuppressed(unsaved);
      }
      throw e;
    }
    saveRecords();
    return written;
  }

  private void saveRecords() {
    for (SafeWriter writer : writers.values()) {
      try {
        writer.saveRecord();
      } catch (OutputException | UncheckedIOException e) {
        throw new ReportException(
            writer.directory().resolve(SafeWriter.MANIFEST),
            "could not be written (" + e.getMessage() + ")",
            e);
      }
    }
  }
}
