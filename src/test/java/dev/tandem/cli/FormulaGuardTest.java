package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.tandem.report.output.CsvText;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command that writes spreadsheets on an export full of formula-like names and couple
 * codes, then reads back every cell of every workbook and every field of every CSV file written: no
 * cell is a formula, and every text that a spreadsheet could take for one is marked as text.
 */
class FormulaGuardTest {

  private static final Path HOSTILE = Path.of("src/test/resources/hostile/formulas.csv");

  @TempDir static Path temp;

  @BeforeAll
  static void runEverythingThatWrites() throws IOException {
    Path secret = temp.resolve("secret");
    assertThat(
            Cli.run(
                    "run",
                    HOSTILE.toString(),
                    "-o",
                    temp.resolve("plain").toString(),
                    "--format",
                    "xlsx",
                    "--pseudonym-secret",
                    secret.toString())
                .exitCode())
        .isZero();
    Files.createDirectories(temp.resolve("coded"));
    assertThat(
            Cli.run(
                    "run",
                    HOSTILE.toString(),
                    "-o",
                    temp.resolve("coded/reports").toString(),
                    "--format",
                    "xlsx",
                    "--pseudonymize",
                    "--pseudonym-secret",
                    secret.toString())
                .exitCode())
        .isZero();
    assertThat(
            Cli.run("score", HOSTILE.toString(), "-o", temp.resolve("scores.csv").toString())
                .exitCode())
        .isZero();
    assertThat(
            Cli.run("score", HOSTILE.toString(), "-o", temp.resolve("scores.xlsx").toString())
                .exitCode())
        .isZero();
  }

  private static List<Path> written(String extension) throws IOException {
    try (Stream<Path> files = Files.walk(temp)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  @Test
  void everyWorkbookCellThatLooksLikeAFormulaIsMarkedAsText() throws IOException {
    List<Path> workbooks = written(".xlsx");
    assertThat(workbooks)
        .extracting(p -> p.getFileName().toString())
        .contains("cohort.xlsx", "tandem-key.xlsx", "scores.xlsx")
        .hasSizeGreaterThan(12);
    List<String> unguarded = new ArrayList<>();
    int guarded = 0;
    for (Path file : workbooks) {
      try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
        for (Sheet sheet : workbook) {
          for (Row row : sheet) {
            for (Cell cell : row) {
              String where =
                  temp.relativize(file) + "!" + sheet.getSheetName() + "!" + cell.getAddress();
              if (cell.getCellType() == CellType.FORMULA) {
                unguarded.add(where + " is a formula");
              } else if (cell.getCellType() == CellType.STRING
                  && CsvText.startsLikeFormula(cell.getStringCellValue())) {
                if (cell.getCellStyle().getQuotePrefixed()) {
                  guarded++;
                } else {
                  unguarded.add(where + " holds unmarked " + cell.getStringCellValue());
                }
              }
            }
          }
        }
      }
    }
    assertThat(unguarded).isEmpty();
    assertThat(guarded).as("formula-like cells found and marked").isGreaterThan(20);
  }

  @Test
  void everyCsvFieldThatLooksLikeAFormulaStartsWithAnApostrophe() throws IOException, CsvException {
    List<Path> files = written(".csv");
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("scores.csv");
    int guarded = 0;
    try (Reader in = Files.newBufferedReader(files.get(0), StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(in)) {
      for (String[] record : csv.readAll()) {
        for (String field : record) {
          assertThat(CsvText.startsLikeFormula(field) && !isNumber(field)).as(field).isFalse();
          guarded += field.startsWith("'") ? 1 : 0;
        }
      }
    }
    assertThat(guarded).as("formula-like fields found and neutralised").isGreaterThanOrEqualTo(5);
  }

  /**
   * A score such as -1.5 is a number, which a spreadsheet reads as one; only text must be
   * neutralised.
   */
  private static boolean isNumber(String field) {
    try {
      Double.parseDouble(field);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
