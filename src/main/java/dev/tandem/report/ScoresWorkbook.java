package dev.tandem.report;

import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.Protection;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.report.output.TextCells;
import dev.tandem.scoring.ScoreTable;
import dev.tandem.scoring.ScoredCohort;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource;
import org.apache.poi.poifs.crypt.temp.SheetDataWriterWithDecorator;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * Writes the scores file as an Excel workbook, streaming (only a window of rows is held in memory,
 * the rest buffered on disk encrypted with a key that never leaves memory), so that any number of
 * assessments fits. Text from the export (ids, couple codes) is written as text, never a formula. A
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
    // Rows beyond the window are buffered on disk, encrypted with a key held only in memory.
    SXSSFWorkbook workbook =
        new SXSSFWorkbookWithCustomZipEntrySource() {
          // The fastest deflate level: a scores file is written once and its size matters less than
          // the time; level 1 takes about a third of the default level's time for a slightly larger
          // file.
          @Override
          protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
          }

          @Override
          protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new SheetDataWriterWithDecorator() {
              // POI 5 marks this hook for removal in 6 but offers no other way to replace the
              // temporary
              // sheet's writer, which is where the time goes; revisit when POI 6 gives one.
              @SuppressWarnings("deprecation")
              @Override
              public Writer createWriter(File file) throws IOException {
                return new Utf8SheetWriter(decorateOutputStream(new FileOutputStream(file)));
              }
            };
          }
        };
    try {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
      // Every cell gets the default style explicitly: a cell without one makes POI look its
      // column's
      // style up in the sheet's column definitions, which costs more than writing the cell.
      CellStyle plain = workbook.getCellStyleAt(0);
      headerStyle.setFont(bold);
      SXSSFSheet sheet = null;
      int sheets = 0;
      int next = maxRowsPerSheet;
      for (List<Object> values : rows) {
        if (next == maxRowsPerSheet) {
          sheets++;
          sheet = workbook.createSheet(sheets == 1 ? "Scores" : "Scores (" + sheets + ")");
          header(sheet, header, headerStyle);
          next = 1;
        }
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
          Object value = values.get(c);
          if (value instanceof Number number) {
            cell(row, c, plain).setCellValue(number.doubleValue());
          } else if (!value.toString().isEmpty()) {
            TextCells.set(cell(row, c, plain), value.toString());
          }
        }
      }
      if (sheet == null) {
        header(workbook.createSheet("Scores"), header, headerStyle);
      }
      workbook.write(stream);
    } finally {
      workbook.close();
    }
  }

  private static Cell cell(Row row, int column, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  private static void header(SXSSFSheet sheet, List<String> header, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      row.createCell(c).setCellStyle(style);
      TextCells.set(row.getCell(c), header.get(c));
      sheet.setColumnWidth(
          c, (c == 0 ? 24 : Math.max(12, Math.min(40, header.get(c).length() + 2))) * 256);
    }
    sheet.createFreezePane(1, 1);
  }
}
