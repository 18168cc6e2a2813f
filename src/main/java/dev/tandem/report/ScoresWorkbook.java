package dev.tandem.report;

import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.Protection;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.scoring.ScoreTable;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;

/**
 * Writes the scores file as an Excel workbook, streaming: each row is encoded and compressed into
 * the file as it comes ({@link SheetRows}), inside a package POI lays out ({@link ScoresPackage}),
 * so that any number of assessments fits in a few kilobytes of memory and nothing reaches the disk
 * but the workbook. Text from the export (ids, couple codes) is written as text, never a formula. A
 * sheet holds at most Excel's 1,048,576 rows; further rows continue on "Scores (2)", "Scores (3)"
 * and so on, each with the header row.
 */
public final class ScoresWorkbook {

  /** Excel's row limit per sheet, header included. */
  static final int EXCEL_MAX_ROWS = 1_048_576;

  private ScoresWorkbook() {}

  /** Writes one row per assessment of the cohort to {@code out} (.xlsx). */
  public static void write(ScoredCohort cohort, Path out) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    ScoreTable table = new ScoreTable(cohort.questionnaires());
    write(table.header(), table.rows(cohort), out, EXCEL_MAX_ROWS);
  }

  /**
   * Writes the given rows (cells as {@link dev.tandem.scoring.ScoreTable} makes them) as they are
   * iterated, so that a stream of any length passes through a window of rows.
   */
  public static void write(List<String> header, Iterable<List<Object>> rows, Path out) {
    write(header, rows, out, EXCEL_MAX_ROWS);
  }

  /**
   * Writes the rows as they are iterated to {@code out}, encrypted when there is a password (see
   * {@link Protection}); the stream is not closed.
   */
  public static void write(
      List<String> header,
      Iterable<List<Object>> rows,
      OutputStream out,
      Optional<ReportPassword> password)
      throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Objects.requireNonNull(password, "password must not be null");
    if (password.isPresent()) {
      Protection.encrypt(password.get(), out, plain -> write(header, rows, plain, EXCEL_MAX_ROWS));
    } else {
      write(header, rows, out, EXCEL_MAX_ROWS);
    }
  }

  static void write(
      List<String> header, Iterable<List<Object>> rows, Path out, int maxRowsPerSheet) {
    Objects.requireNonNull(out, "out must not be null");
    try {
      AtomicFile.write(out, stream -> write(header, rows, stream, maxRowsPerSheet));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      List<String> header, Iterable<List<Object>> rows, OutputStream stream, int maxRowsPerSheet)
      throws IOException {
    if (maxRowsPerSheet < 2) {
      throw new IllegalArgumentException("a sheet needs room for the header and one row");
    }
    ZipOutputStream zip = new ZipOutputStream(stream);
    // The fastest deflate level: a scores file is written once and its size matters less than the
    // time; level 1 takes about a third of the default level's time for a slightly larger file.
    zip.setLevel(Deflater.BEST_SPEED);
    Sheets sheets;
    // Rows are encoded on this thread and compressed on another.
    try (HandOffStream compressing = new HandOffStream(zip, "tandem-compress")) {
      sheets = new Sheets(header, zip, compressing);
      writeSheets(rows, sheets, maxRowsPerSheet);
    }
    sheets.layout(sheets.count).writeAllButSheets(zip);
    zip.finish();
  }

  /** Writes the rows, starting a new sheet when one is full. */
  private static void writeSheets(Iterable<List<Object>> rows, Sheets sheets, int maxRowsPerSheet)
      throws IOException {
    int next = maxRowsPerSheet;
    for (List<Object> values : rows) {
      if (next == maxRowsPerSheet) {
        sheets.next();
        next = 1;
      }
      sheets.rows.row(++next, values);
    }
    if (sheets.count == 0) {
      sheets.next();
    }
    sheets.end();
  }

  /**
   * The sheets as they are written: each a part of the zip, its rows through the hand-off, its
   * start and end from the package of as many sheets as are written so far (laid out once each: the
   * first sheet's serves the usual one-sheet workbook to the end).
   */
  private static final class Sheets {
    private final List<String> header;
    private final ZipOutputStream zip;
    private final HandOffStream compressing;
    private final Map<Integer, ScoresPackage> layouts = new HashMap<>();
    private final SheetRows rows;
    private int count;

    Sheets(List<String> header, ZipOutputStream zip, HandOffStream compressing) {
      this.header = header;
      this.zip = zip;
      this.compressing = compressing;
      this.rows = new SheetRows(compressing, layout(1).quotedStyle());
    }

    /** The package of a workbook with this many sheets. */
    ScoresPackage layout(int sheets) {
      return layouts.computeIfAbsent(sheets, n -> ScoresPackage.of(header, n));
    }

    void next() throws IOException {
      if (count > 0) {
        end();
      }
      count++;
      zip.putNextEntry(ScoresPackage.entry(ScoresPackage.sheetPath(count)));
      // the first two sheets hold every start there is (see ScoresPackage.sheetStart)
      zip.write(layout(Math.min(count, 2)).sheetStart(count));
    }

    /** Ends the current sheet once the other thread has compressed all of its rows. */
    void end() throws IOException {
      rows.flush();
      compressing.flush();
      zip.write(layout(1).sheetEnd());
      zip.closeEntry();
    }
  }
}
