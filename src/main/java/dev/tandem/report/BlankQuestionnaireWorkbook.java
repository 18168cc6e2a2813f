package dev.tandem.report;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.TextCells;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A printable blank questionnaire to hand a client: the instructions, then every statement with a
 * box under each answer option. Statements appear in the definition's order, reversed ones unmarked
 * (the client should not see the scoring).
 */
public final class BlankQuestionnaireWorkbook {

  private BlankQuestionnaireWorkbook() {}

  public static void write(Questionnaire questionnaire, Path file) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      build(workbook, questionnaire);
      AtomicFile.write(file, workbook::write);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void build(XSSFWorkbook workbook, Questionnaire questionnaire) {
    ResponseScale scale = questionnaire.responseScale();
    int options = scale.points();
    Sheet sheet = workbook.createSheet("Questionnaire");

    Font bold = workbook.createFont();
    bold.setBold(true);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);

    CellStyle title = workbook.createCellStyle();
    title.setFont(titleFont);
    CellStyle wrap = workbook.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.BOTTOM);
    header.setBorderBottom(BorderStyle.THIN);
    CellStyle statement = workbook.createCellStyle();
    statement.setWrapText(true);
    statement.setVerticalAlignment(VerticalAlignment.CENTER);
    statement.setBorderBottom(BorderStyle.HAIR);
    CellStyle box = workbook.createCellStyle();
    box.setAlignment(HorizontalAlignment.CENTER);
    box.setVerticalAlignment(VerticalAlignment.CENTER);
    box.setBorderBottom(BorderStyle.HAIR);

    int lastColumn = 1 + options;
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(24);
    text(titleRow, 0, questionnaire.title(), title);
    Row nameRow = sheet.createRow(1);
    text(nameRow, 0, "Name: ______________________________     Date: ______________", null);
    nameRow.setHeightInPoints(22);
    Row instructions = sheet.createRow(2);
    text(instructions, 0, questionnaire.instructions(), wrap);
    sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, lastColumn));
    instructions.setHeightInPoints(
        Math.max(30, 15f * (1 + questionnaire.instructions().length() / 95)));

    Row options_ = sheet.createRow(4);
    options_.setHeightInPoints(44);
    text(options_, 0, "", header);
    text(options_, 1, "Statement", header);
    for (int value = scale.min(); value <= scale.max(); value++) {
      text(options_, 2 + value - scale.min(), value + "\n" + scale.label(value), header);
    }
    int rowIndex = 5;
    int number = 1;
    for (Item item : questionnaire.items()) {
      Row row = sheet.createRow(rowIndex++);
      row.setHeightInPoints(item.text().length() > 60 ? 30 : 20);
      text(row, 0, Integer.toString(number++), statement);
      text(row, 1, item.text(), statement);
      for (int option = 0; option < options; option++) {
        text(row, 2 + option, "\u2610", box);
      }
    }
    sheet.setColumnWidth(0, 4 * 256);
    sheet.setColumnWidth(1, 52 * 256);
    for (int option = 0; option < options; option++) {
      sheet.setColumnWidth(2 + option, 11 * 256);
    }
    sheet.setRepeatingRows(new CellRangeAddress(4, 4, 0, lastColumn));
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    print.setLandscape(false);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getHeader().setCenter(questionnaire.title());
    sheet.getFooter().setRight("Page &P of &N");
    workbook.setPrintArea(0, 0, lastColumn, 0, rowIndex - 1);
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (style != null) {
      cell.setCellStyle(style);
    }
    TextCells.set(cell, value);
  }
}
