package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.model.SharedStringsTable;
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
