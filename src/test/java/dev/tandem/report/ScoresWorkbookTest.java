package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
