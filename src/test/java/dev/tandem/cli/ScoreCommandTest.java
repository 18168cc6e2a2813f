package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats");

  @TempDir Path temp;

  private Cli.Result score(String input, String definition, Path out) {
    return Cli.run(
        "score",
        FIXTURES.resolve(input).toString(),
        "-q",
        FIXTURES.resolve(definition).toString(),
        "-o",
        out.toString());
  }

  @Test
  void csvHasOneRowPerAssessmentWithScoresBandsAndAnsweredCounts() throws IOException {
    Path out = temp.resolve("scores.csv");
    Cli.Result run = score("reversed.csv", "reversed.yaml", out);
    assertThat(run.exitCode()).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(221);
    assertThat(lines.get(0))
        .isEqualTo(
            "respondent_id,couple_code,submitted,source_file,source_line,"
                + "reversed.alpha,reversed.alpha.band,reversed.alpha.answered,"
                + "reversed.beta,reversed.beta.band,reversed.beta.answered");
    // r0001 answered a1..a6 = 2,4,5,5,4,4 and b1..b5 = 6,4,3,6,4 on a 1-7 scale, with a2, a4, b1,
    // b4
    // reverse-keyed (8 - x): alpha = (2+4+5+3+4+4)/6, beta (a sum) = 2+4+3+2+4.
    assertThat(Files.readAllLines(FIXTURES.resolve("reversed.csv")).get(1))
        .isEqualTo("r0001,2,4,5,5,4,4,6,4,3,6,4");
    assertThat(lines.get(1))
        .isEqualTo(
            "r0001,,,"
                + FIXTURES.resolve("reversed.csv")
                + ",2,"
                + (22.0 / 6)
                + ",Lower,6,15.0,Lower,5");
  }

  @Test
  void xlsxHoldsTheSameColumnsWithNumbersAsNumbers() throws IOException {
    Path out = temp.resolve("scores.xlsx");
    Cli.Result run = score("missing.csv", "missing.yaml", out);
    assertThat(run.exitCode()).isZero();
    try (Workbook workbook = WorkbookFactory.create(out.toFile())) {
      Sheet sheet = workbook.getSheet("Scores");
      assertThat(sheet.getLastRowNum()).isEqualTo(300);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(5).getStringCellValue()).isEqualTo("missing.alpha");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("missing.alpha.answered");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("r0001");
      // r0001: a1..a6 = 3,2,2,(missing),3,2
      assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(12.0 / 5);
      assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(5);
    }
  }

  @Test
  void anOutputThatIsNeitherCsvNorXlsxIsRefused() {
    Cli.Result run = score("reversed.csv", "reversed.yaml", temp.resolve("scores.txt"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "tandem: the output "
                + temp.resolve("scores.txt")
                + " must end in .csv or .xlsx, the two formats tandem score writes");
    assertThat(temp.resolve("scores.txt")).doesNotExist();
  }
}
