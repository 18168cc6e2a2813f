package dev.tandem.report;

import dev.tandem.report.output.TextCells;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Small helpers for writing cells; they keep the sheet builders readable. */
final class Cells {

  /** Points per line of wrapped text, by font size. */
  private static final float LINE_FACTOR = 1.25f;

  private Cells() {}

  static XSSFRow row(XSSFSheet sheet, int index) {
    XSSFRow row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  /** A text cell; a text the workbook holds already is reused ({@link ReportStrings#reuse}). */
  static XSSFCell text(XSSFSheet sheet, int row, int col, String value, CellStyle style) {
    XSSFCell cell = row(sheet, row).createCell(col);
    cell.setCellStyle(style);
    TextCells.set(cell, value, ReportStrings::reuse);
    return cell;
  }

  static XSSFCell rich(XSSFSheet sheet, int row, int col, RichTextString value, CellStyle style) {
    XSSFCell cell = row(sheet, row).createCell(col);
    cell.setCellStyle(style);
    TextCells.set(cell, value);
    return cell;
  }

  static XSSFCell number(XSSFSheet sheet, int row, int col, double value, CellStyle style) {
    XSSFCell cell = row(sheet, row).createCell(col);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** Styles every cell of a block, so borders and fills cover merged areas too. */
  static void fill(XSSFSheet sheet, int row, int col1, int col2, CellStyle style) {
    for (int c = col1; c <= col2; c++) {
      XSSFCell cell = row(sheet, row).getCell(c);
      if (cell == null) {
        cell = row(sheet, row).createCell(c);
      }
      cell.setCellStyle(style);
    }
  }

  static void merge(XSSFSheet sheet, int row, int col1, int col2) {
    if (col2 > col1) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, col1, col2));
    }
  }

  /** Widths in characters of the default font. */
  static void widths(XSSFSheet sheet, int... characters) {
    for (int c = 0; c < characters.length; c++) {
      sheet.setColumnWidth(c, characters[c] * 256);
    }
  }

  /** The width of columns col1..col2 in characters of the default font. */
  static int characters(XSSFSheet sheet, int col1, int col2) {
    int units = 0;
    for (int c = col1; c <= col2; c++) {
      units += sheet.getColumnWidth(c);
    }
    return units / 256;
  }

  /**
   * A row height that shows all of a wrapped text of the given font size in a cell so many
   * characters (of the default font, Arial 10 pt) wide. Excel and LibreOffice do not grow merged
   * rows by themselves, so the height is set from an estimate that errs on the generous side.
   */
  static float wrappedHeight(String text, int widthCharacters, float fontPoints) {
    double charsPerLine = widthCharacters * 10.5 / fontPoints;
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines += Math.max(1, (int) Math.ceil(paragraph.length() / charsPerLine));
    }
    return lines * fontPoints * LINE_FACTOR + 4;
  }

  /**
   * As {@link #wrappedHeight}, for a short text such as a column heading that wraps between words
   * only: counts the lines a greedy wrap by words gives.
   */
  static float wordWrappedHeight(String text, int widthCharacters, float fontPoints) {
    double charsPerLine = widthCharacters * 10.5 / fontPoints - 1;
    int lines = 1;
    int used = 0;
    for (String word : text.split(" ")) {
      int needed = used == 0 ? word.length() : used + 1 + word.length();
      if (used > 0 && needed > charsPerLine) {
        lines++;
        used = word.length();
      } else {
        used = needed;
      }
    }
    return lines * fontPoints * LINE_FACTOR + 6;
  }
}
