package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterXlsxTest {

  @TempDir Path dir;

  /** A Microsoft Forms download as Excel writes it, with German metadata headers and date cells. */
  private Path microsoftForms() throws IOException {
    Path file = dir.resolve("Beziehung.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Sheet1");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
      row(
          sheet,
          0,
          "ID",
          "Startzeit",
          "Fertigstellungszeit",
          "E-Mail",
          "Name",
          SOLO.items().get(0).text(),
          SOLO.items().get(1).text(),
          SOLO.items().get(2).text(),
          SOLO.items().get(3).text());
      Row first =
          row(sheet, 1, 1, null, null, "Dana@Example.org", "Dana Example", "Stimme zu", 2, 5, 4);
      first.createCell(1).setCellValue(LocalDateTime.of(2026, 3, 14, 10, 0));
      first.createCell(2).setCellValue(LocalDateTime.of(2026, 3, 14, 10, 7));
      first.getCell(1).setCellStyle(date);
      first.getCell(2).setCellStyle(date);
      row(sheet, 2, 2, null, null, "anonymous", null, 5, 1, 5, 5);
      workbook.write(out);
    }
    return file;
  }

  private static Row row(Sheet sheet, int index, Object... values) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < values.length; c++) {
      if (values[c] instanceof String text) {
        row.createCell(c).setCellValue(text);
      } else if (values[c] instanceof Integer number) {
        row.createCell(c).setCellValue(number);
      }
    }
    return row;
  }

  @Test
  void microsoftFormsWorkbookTakesIdentityColumnsByPositionInAnyLanguage() throws IOException {
    Path file = microsoftForms();

    ImportResult result = Importer.read(List.of(file), List.of(SOLO), ImportOptions.defaults());

    assertThat(Fixtures.messages(result))
        .containsExactly(
            file
                + ":2:6 (column \"After a busy week, time by myself is wha...\"):"
                + " the answer is not one of the options of solo; expected a whole number 1 to 5 or one of: Strongly disagree,"
                + " Disagree, Neither agree nor disagree, Agree, Strongly agree. Correct the cell or map the label in a"
                + " --mapping file; the answer was treated as missing",
            file
                + ":3:3 (column \"Fertigstellungszeit\"): the date and time is empty. Fill in when the client"
                + " answered; the row was scored without a date");
    Response dana = result.responses().get(0);
    assertThat(dana.respondentId()).isEqualTo("dana@example.org");
    assertThat(dana.name()).contains("Dana Example");
    assertThat(dana.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 7));
    assertThat(score(dana, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(dana, SOLO, "autonomy")).isEqualTo(4.5);
    Response anonymous = result.responses().get(1);
    assertThat(anonymous.respondentId()).isEqualTo("2");
    assertThat(anonymous.name()).isEmpty();
    assertThat(score(anonymous, SOLO, "recharge")).isEqualTo(5.0);
    FileLayout layout =
        Importer.detect(List.of(file), List.of(SOLO), ImportOptions.defaults()).files().get(0);
    assertThat(layout.layout()).isEqualTo("Microsoft Forms");
    assertThat(layout.format()).isEqualTo("Excel workbook, sheet \"Sheet1\"");
    assertThat(layout.identity())
        .containsKeys("respondent id", "respondent id when anonymous", "time", "name");
  }

  @Test
  void plainWorkbookIsReadFromTheSheetNamedByTheOption() throws IOException {
    Path file = dir.resolve("typed.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      row(workbook.createSheet("Notes"), 0, "nothing here");
      Sheet data = workbook.createSheet("Answers");
      row(data, 0, "respondent_id", "s1", "s2", "s3", "s4");
      row(data, 1, "c01", 2, 4, 3);
      workbook.write(out);
    }
    ImportOptions answers = ImportOptions.defaults().withSheet("Answers");
    ImportOptions missing = ImportOptions.defaults().withSheet("Data");

    ImportResult result = Importer.read(List.of(file), List.of(SOLO), answers);

    assertThat(result.rejections()).isEmpty();
    assertThat(score(result.responses().get(0), SOLO, "recharge")).isEqualTo(2.0);
    assertThat(score(result.responses().get(0), SOLO, "autonomy")).isEqualTo(3.0);
    assertThat(result.responses().get(0).answersTo("solo").orElseThrow().isMissing(3)).isTrue();
    assertThatThrownBy(() -> Importer.read(List.of(file), List.of(SOLO), missing))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ": the workbook has no sheet \"Data\"; its sheets are \"Notes\", \"Answers\". Pass --sheet"
                + " with one of them or its number");
  }

  @Test
  void textFileRenamedToXlsxIsNotOpenedAsAWorkbook() {
    Path file = Fixtures.file("not-a-workbook.xlsx");

    assertThatThrownBy(() -> Importer.read(List.of(file), List.of(SOLO), ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file
                + ": the file ends in .xlsx but is not an Excel workbook (it may be another kind of file"
                + " renamed, or damaged); open it in Excel and save it as \"Excel Workbook (.xlsx)\", or rename it to .csv"
                + " if it is CSV text");
  }

  @Test
  void zipBombIsRefusedBeforeItExpands() throws IOException {
    Path workbook = dir.resolve("plain.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(workbook)) {
      row(book.createSheet("Sheet1"), 0, "respondent_id", "s1");
      book.write(out);
    }
    Path bomb = dir.resolve("bomb.xlsx");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(workbook));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          content =
              xml.replace("<sheetData>", "<sheetData>" + " ".repeat(20_000_000))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.write(content);
        out.closeEntry();
      }
    }

    assertThatThrownBy(() -> Importer.read(List.of(bomb), List.of(SOLO), ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            bomb
                + ": the workbook would expand to far more data than its size suggests (more than 100 MB in"
                + " one part, or over 100 times its compressed size), so it was not opened; this is how a \"zip bomb\""
                + " looks. Export the responses again from the survey tool");
  }
}
