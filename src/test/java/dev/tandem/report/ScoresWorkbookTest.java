package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.report.output.PrivateTempDir;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresWorkbookTest {

  @TempDir Path temp;

  @Test
  void rowsBeyondASheetsLimitContinueOnANewSheetWithTheHeader() throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      rows.add(List.of("r" + i, i * 0.5, ""));
    }
    Path out = temp.resolve("scores.xlsx");
    ScoresWorkbook.write(List.of("respondent_id", "q.s", "q.s.band"), rows, out, 4);
    try (Workbook workbook = WorkbookFactory.create(out.toFile())) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
      assertThat(workbook.getSheetName(0)).isEqualTo("Scores");
      assertThat(workbook.getSheetName(3)).isEqualTo("Scores (4)");
      List<String> ids = new ArrayList<>();
      for (Sheet sheet : workbook) {
        assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("q.s");
        assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(3);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
          ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
          assertThat(sheet.getRow(r).getCell(2)).isNull();
        }
      }
      assertThat(ids).containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r10");
      assertThat(workbook.getSheet("Scores (4)").getRow(1).getCell(1).getNumericCellValue())
          .isEqualTo(5.0);
    }
  }

  @Test
  void noRowsStillGiveAHeader() throws IOException {
    Path out = temp.resolve("empty.xlsx");
    ScoresWorkbook.write(List.of("respondent_id"), List.of(), out, 4);
    try (Workbook workbook = WorkbookFactory.create(out.toFile())) {
      assertThat(workbook.getSheet("Scores").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("respondent_id");
    }
  }

  @Test
  void idsThatLookLikeFormulasStayText() throws IOException {
    Path out = temp.resolve("scores.xlsx");
    List<List<Object>> rows = List.of(List.of("=HYPERLINK(\"http://x\",\"x\")", 3.5));

    ScoresWorkbook.write(List.of("respondent_id", "q.s"), rows, out, 4);

    try (Workbook read = WorkbookFactory.create(out.toFile(), null, true)) {
      Cell id = read.getSheet("Scores").getRow(1).getCell(0);
      assertThat(id.getCellType()).isEqualTo(CellType.STRING);
      assertThat(id.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"x\")");
      assertThat(id.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(read.getSheet("Scores").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3.5);
    }
  }

  @Test
  void everyTextReadsBackAsItWasGivenWhateverItsCharacters() throws IOException {
    List<String> texts =
        List.of(
            "Łucja Żak & <Ωμέγα>",
            "王小明 وليد Юлия",
            "  leading and trailing  ",
            "tab\there\nand a line",
            "bell\u0007 and vertical tab\u000B",
            "reads like an escape: _x0041_ and _x00zz_ and _",
            "emoji \uD83D\uDE00 kept whole");
    List<List<Object>> rows = new ArrayList<>();
    for (String text : texts) {
      rows.add(List.of(text, 2.5, 7, ""));
    }
    Path out = temp.resolve("scripts.xlsx");

    ScoresWorkbook.write(List.of("respondent_id", "q.s", "q.s.answered", "q.s.band"), rows, out);

    try (Workbook read = WorkbookFactory.create(out.toFile(), null, true)) {
      Sheet sheet = read.getSheet("Scores");
      for (int r = 0; r < texts.size(); r++) {
        assertThat(sheet.getRow(r + 1).getCell(0).getStringCellValue()).isEqualTo(texts.get(r));
        assertThat(sheet.getRow(r + 1).getCell(1).getNumericCellValue()).isEqualTo(2.5);
        assertThat(sheet.getRow(r + 1).getCell(2).getNumericCellValue()).isEqualTo(7.0);
        assertThat(sheet.getRow(r + 1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
      }
    }
  }

  @Test
  void everyNumberReadsBackAsTheSameDouble() throws IOException {
    List<Double> numbers =
        List.of(1.0 / 3, 2.0 / 7, 4.999999999999999, 12.0, -0.5, 1e-7, 123456789012.0, 0.1 + 0.2);
    List<List<Object>> rows = new ArrayList<>();
    for (double n : numbers) {
      rows.add(List.of("r", n));
    }
    rows.add(List.of("r", Double.NaN));
    Path out = temp.resolve("numbers.xlsx");

    ScoresWorkbook.write(List.of("respondent_id", "q.s"), rows, out);

    try (Workbook read = WorkbookFactory.create(out.toFile(), null, true)) {
      Sheet sheet = read.getSheet("Scores");
      for (int r = 0; r < numbers.size(); r++) {
        assertThat(sheet.getRow(r + 1).getCell(1).getNumericCellValue()).isEqualTo(numbers.get(r));
      }
      // Excel has no NaN: a number that is none is the error a formula would give, not a value.
      assertThat(sheet.getRow(numbers.size() + 1).getCell(1).getCellType())
          .isEqualTo(CellType.ERROR);
    }
  }

  @Test
  void theHeaderIsBoldAndFrozenWithTheClientColumn() throws IOException {
    Path out = temp.resolve("layout.xlsx");

    ScoresWorkbook.write(List.of("respondent_id", "q.s"), List.of(List.of("r1", 1.5)), out);

    try (Workbook read = WorkbookFactory.create(out.toFile(), null, true)) {
      Sheet sheet = read.getSheet("Scores");
      assertThat(read.getFontAt(sheet.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold())
          .isTrue();
      assertThat(read.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold())
          .isFalse();
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isEqualTo((short) 1);
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getColumnWidth(0)).isEqualTo(24 * 256);
    }
  }

  @Test
  void nothingButTheWorkbookReachesTheDiskWhileRowsAreWritten() throws IOException {
    List<Long> filesSeenMidway = new ArrayList<>();
    try (PrivateTempDir poiTemp = PrivateTempDir.open()) {
      Iterable<List<Object>> rows =
          () ->
              IntStream.range(0, 5_000)
                  .mapToObj(
                      i -> {
                        if (i == 4_000) {
                          filesSeenMidway.add(regularFilesUnder(poiTemp.directory()));
                        }
                        return List.<Object>of("client " + i, 2.5);
                      })
                  .iterator();

      ScoresWorkbook.write(List.of("respondent_id", "q.s"), rows, temp.resolve("scores.xlsx"));
    }
    assertThat(filesSeenMidway).containsExactly(0L);
  }

  private static long regularFilesUnder(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
