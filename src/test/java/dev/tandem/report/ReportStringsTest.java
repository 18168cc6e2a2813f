package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.report.output.TextCells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportStringsTest {

  @Test
  void aRepeatedPlainTextIsStoredOnceAndDifferentTextsApart() throws IOException {
    try (XSSFWorkbook workbook = ReportStrings.newWorkbook()) {
      XSSFRow row = workbook.createSheet("Report").createRow(0);
      row.createCell(0).setCellValue("Nähe und Abstand");
      row.createCell(1).setCellValue("Близость");
      row.createCell(2).setCellValue("Nähe und Abstand");
      row.createCell(3).setCellValue("  Nähe und Abstand");
      SharedStringsTable strings = workbook.getSharedStringSource();

      assertThat(strings).isInstanceOf(ReportStrings.class);
      assertThat(strings.getUniqueCount()).isEqualTo(3);
      assertThat(strings.getCount()).isEqualTo(4);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Nähe und Abstand");
    }
  }

  @Test
  void formattedTextIsNotTakenForThePlainTextItShows() throws IOException {
    try (XSSFWorkbook workbook = ReportStrings.newWorkbook()) {
      XSSFRow row = workbook.createSheet("Report").createRow(0);
      XSSFRichTextString rich = new XSSFRichTextString("Lead. Guidance");
      rich.applyFont(0, 5, workbook.createFont());
      row.createCell(0).setCellValue("Lead. Guidance");
      row.createCell(1).setCellValue(rich);

      assertThat(workbook.getSharedStringSource().getUniqueCount()).isEqualTo(2);
      assertThat(row.getCell(1).getRichStringCellValue().getLengthOfFormattingRun(0)).isEqualTo(5);
    }
  }

  @Test
  void theTableWrittenIsPoisOwn() throws IOException {
    byte[] ours = written(ReportStrings.newWorkbook());
    byte[] pois = written(new XSSFWorkbook());

    assertThat(sharedStrings(ours)).isEqualTo(sharedStrings(pois));
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(ours))) {
      assertThat(read.getSheet("Report").getRow(1).getCell(1).getStringCellValue())
          .isEqualTo("Ζεύγος 伴侣 زوجان");
    }
  }

  @Test
  void textsReusedThroughCellsGiveTheSameSheetAndTableAsPois() throws IOException {
    byte[] reused = workbookOf(ReportStrings.newWorkbook(), true);
    byte[] pois = workbookOf(new XSSFWorkbook(), false);

    assertThat(part(reused, "xl/worksheets/sheet1.xml"))
        .isEqualTo(part(pois, "xl/worksheets/sheet1.xml"));
    assertThat(part(reused, "xl/sharedStrings.xml")).isEqualTo(part(pois, "xl/sharedStrings.xml"));
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(reused))) {
      XSSFSheet sheet = read.getSheet("Report");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Ζεύγος 伴侣 زوجان");
      assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("=1+1");
      assertThat(sheet.getRow(2).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(read.getSharedStringSource().getCount()).isEqualTo(12);
      assertThat(read.getSharedStringSource().getUniqueCount()).isEqualTo(5);
    }
  }

  @Test
  void onlyATextTheTableHoldsIsReused() throws IOException {
    try (XSSFWorkbook workbook = ReportStrings.newWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Report");
      XSSFCell first = sheet.createRow(0).createCell(0);
      XSSFCell second = sheet.createRow(1).createCell(0);

      assertThat(ReportStrings.reuse(first, "Closeness")).isFalse();
      assertThat(first.getCellType()).isEqualTo(CellType.BLANK);
      first.setCellValue("Closeness");
      assertThat(ReportStrings.reuse(second, "Closeness")).isTrue();
      assertThat(ReportStrings.reuse(first, "Closeness")).isFalse();
      assertThat(second.getStringCellValue()).isEqualTo("Closeness");
    }
  }

  /**
   * Four text cells a row over three rows, through {@link Cells#text} or POI's own {@code
   * setCellValue}, one a formula-like text.
   */
  private static byte[] workbookOf(XSSFWorkbook workbook, boolean throughCells) throws IOException {
    try (workbook) {
      XSSFSheet sheet = workbook.createSheet("Report");
      CellStyle style = workbook.createCellStyle();
      String[] texts = {"Para", "Ζεύγος 伴侣 زوجان", " leading space", "=1+1"};
      for (int r = 0; r < 3; r++) {
        for (int c = 0; c < texts.length; c++) {
          String text = c == 0 ? texts[0] + " " + (r % 2) : texts[c];
          if (throughCells) {
            Cells.text(sheet, r, c, text, style);
          } else {
            XSSFCell cell = Cells.row(sheet, r).createCell(c);
            cell.setCellStyle(style);
            TextCells.set(cell, text);
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static String part(byte[] workbook, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " is not in the workbook");
  }

  private static byte[] written(XSSFWorkbook workbook) throws IOException {
    try (workbook) {
      XSSFSheet sheet = workbook.createSheet("Report");
      for (int r = 0; r < 3; r++) {
        XSSFRow row = sheet.createRow(r);
        row.createCell(0).setCellValue("Para " + (r % 2));
        row.createCell(1).setCellValue("Ζεύγος 伴侣 زوجان");
        row.createCell(2).setCellValue(" leading space");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  private static String sharedStrings(byte[] workbook) throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      return read.getSharedStringSource().getSharedStringItems().toString()
          + " unique "
          + read.getSharedStringSource().getUniqueCount()
          + " count "
          + read.getSharedStringSource().getCount();
    }
  }
}
