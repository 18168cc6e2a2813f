package dev.tandem.report;

import dev.tandem.scoring.ScoreTable;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the scores file as an Excel workbook, streaming (only a window of rows is held in memory),
 * so that any number of assessments fits. A sheet holds at most Excel's 1,048,576 rows; further rows
 * continue on "Scores (2)", "Scores (3)" and so on, each with the header row.
 */
public final class ScoresWorkbook {

  /** Excel's row limit per sheet, header included. */
  static final int EXCEL_MAX_ROWS = 1_048_576;

  private static final int WINDOW = 200;

  private ScoresWorkbook() {}

  /** Writes one row per assessment of the cohort to {@code out} (.xlsx). */
  public static void write(ScoredCohort cohort, Path out) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    ScoreTable table = new ScoreTable(cohort.questionnaires());
    write(table.header(), table.rows(cohort), out, EXCEL_MAX_ROWS);
  }

  static void write(List<String> header, Iterable<List<Object>> rows, Path out, int maxRowsPerSheet) {
    Objects.requireNonNull(out, "out must not be null");
    if (maxRowsPerSheet < 2) {
      throw new IllegalArgumentException("a sheet needs room for the header and one row");
    }
    SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    try (OutputStream stream = Files.newOutputStream(out)) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
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
            row.createCell(c).setCellValue(number.doubleValue());
          } else if (!value.toString().isEmpty()) {
            row.createCell(c).setCellValue(value.toString());
          }
        }
      }
      if (sheet == null) {
        header(workbook.createSheet("Scores"), header, headerStyle);
      }
      workbook.write(stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void header(SXSSFSheet sheet, List<String> header, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      row.createCell(c).setCellValue(header.get(c));
      row.getCell(c).setCellStyle(style);
      sheet.setColumnWidth(c, (c == 0 ? 24 : Math.max(12, Math.min(40, header.get(c).length() + 2))) * 256);
    }
    sheet.createFreezePane(1, 1);
  }
}
