package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x\",\"click\")",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "=cmd|' /C calc'!A0"
      })
  void formulaLikeTextIsStoredAsQuotePrefixedText(String text) throws IOException {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Cell cell = workbook.createSheet("Answers").createRow(0).createCell(0);
      TextCells.set(cell, text);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      bytes = out.toByteArray();
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Cell cell = read.getSheet("Answers").getRow(0).getCell(0);
      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo(text);
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }

  @Test
  void ordinaryTextKeepsItsStyle() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle bold = workbook.createCellStyle();
      Cell cell = workbook.createSheet("Answers").createRow(0).createCell(0);
      cell.setCellStyle(bold);

      TextCells.set(cell, "Anna");

      assertThat(cell.getCellStyle().getIndex()).isEqualTo(bold.getIndex());
      assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void theQuotedStyleKeepsTheCellsFormattingAndIsSharedBetweenCells() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle wrapped = workbook.createCellStyle();
      wrapped.setWrapText(true);
      Row row = workbook.createSheet("Answers").createRow(0);
      Cell first = row.createCell(0);
      Cell second = row.createCell(1);
      first.setCellStyle(wrapped);
      second.setCellStyle(wrapped);

      TextCells.set(first, "=1+1");
      TextCells.set(second, "-ish, I suppose");

      assertThat(first.getCellStyle().getWrapText()).isTrue();
      assertThat(first.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(second.getCellStyle().getIndex()).isEqualTo(first.getCellStyle().getIndex());
      assertThat(workbook.getNumCellStyles()).isEqualTo(3);
      assertThat(wrapped.getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void formattedTextThatLooksLikeAFormulaIsQuotePrefixedToo() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Cell cell = workbook.createSheet("Report").createRow(0).createCell(0);

      TextCells.set(cell, new XSSFRichTextString("+31 6 1234"));

      assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
      assertThat(cell.getStringCellValue()).isEqualTo("+31 6 1234");
      assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
    }
  }
}
