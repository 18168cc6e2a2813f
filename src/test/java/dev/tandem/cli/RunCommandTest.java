package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path on the sample data: import, score, analyse, write, read back with POI. */
class RunCommandTest {

  @TempDir static Path reports;

  private static Cli.Result result;

  @BeforeAll
  static void runOnTheSampleData() {
    result = Cli.run("run", "seeds/clients.csv", "-o", reports.toString(), "--format", "xlsx");
  }

  private static List<Path> written(String prefix, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(reports)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .toList();
    }
  }

  @Test
  void scoresEverySampleRowAndSaysSo() {
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("68 rows read: 68 scored, 0 rejected")
        .contains("Wrote 50 client reports, 24 couple reports and the cohort report")
        .contains("2 clients have no couple code: individual reports only");
  }

  @Test
  void writesOneWorkbookPerClientWithItsScores() throws IOException {
    List<Path> clients = written("client-", ".xlsx");
    assertThat(clients).hasSize(50);
    assertThat(written("client-", ".pdf")).isEmpty();

    try (Workbook workbook = WorkbookFactory.create(clients.get(0).toFile(), null, true)) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Report");
      assertThat(workbook.getSheet("Answers")).isNotNull();
      Sheet report = workbook.getSheet("Report");
      assertThat(cellTexts(report))
          .anyMatch(text -> text.contains("Need for solitude"))
          .anyMatch(text -> text.equals("High") || text.equals("Moderate") || text.equals("Low"));
    }
  }

  @Test
  void writesOneSessionPageWorkbookPerCompleteCouple() throws IOException {
    List<Path> couples = written("couple-", ".xlsx");
    assertThat(couples).hasSize(24);

    try (Workbook workbook = WorkbookFactory.create(couples.get(0).toFile(), null, true)) {
      assertThat(cellTexts(workbook.getSheetAt(0))).contains("Patterns to talk about first");
    }
  }

  @Test
  void writesTheCohortWorkbookWithEveryAssessmentScored() throws IOException {
    try (Workbook workbook =
        WorkbookFactory.create(reports.resolve("cohort.xlsx").toFile(), null, true)) {
      assertThat(workbook.getSheet("Summary")).isNotNull();
      assertThat(workbook.getSheet("Couples").getLastRowNum()).isGreaterThanOrEqualTo(24);
      Sheet scores = workbook.getSheet("Scores");
      assertThat(scores.getLastRowNum()).isEqualTo(1 + 68);
      assertThat(cellTexts(scores))
          .contains("need-for-solitude.recharge", "closeness-desire.balance");
    }
  }

  @Test
  void reportsForNoFileReadTheSampleFolder() {
    Cli.Result sample =
        Cli.run(
            "run",
            "-o",
            reports.resolve("default").toString(),
            "--format",
            "xlsx",
            "-q",
            "need-for-solitude");

    assertThat(sample.exitCode()).as(sample.err()).isZero();
    assertThat(sample.err())
        .contains("68 rows read: 68 scored")
        .contains(
            "couple patterns not checked, as they use questionnaires this input does not hold:"
                + " space-meets-abandonment, autonomy-meets-low-trust, unspoken-strain, reassurance-gap,"
                + " closeness-mismatch, merged-and-flat, balanced-with-spark")
        .doesNotContain("both-need-space,");
  }

  @Test
  void aMissingInputFileIsABadUsage() {
    Cli.Result missing = Cli.run("run", "no-such.csv", "-o", reports.toString());

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .contains("the input file no-such.csv does not exist or is not a file; check the path");
  }

  private static List<String> cellTexts(Sheet sheet) {
    return Stream.iterate(0, i -> i <= sheet.getLastRowNum(), i -> i + 1)
        .map(sheet::getRow)
        .filter(java.util.Objects::nonNull)
        .flatMap(
            row ->
                Stream.iterate(0, c -> c < Math.max(0, row.getLastCellNum()), c -> c + 1)
                    .map(row::getCell)
                    .filter(java.util.Objects::nonNull))
        .map(
            cell ->
                cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    ? cell.getStringCellValue()
                    : "")
        .toList();
  }
}
