package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report files of a run on couple codes a file name used to merge or lose ({@code A/B} and {@code
 * A-B}, {@code 王家} and {@code 李家}, a 300-character code): one set of files per couple, none
 * replaced, none beside as "(new)"; and under --pseudonymize nothing but keyed codes.
 */
class ReportFilesRunTest {

  private static final Path INPUT = Path.of("src/test/resources/hostile/couple-codes.csv");

  @TempDir Path temp;

  private List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> !n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  @Test
  void everyCoupleGetsFilesOfItsOwnInAFreshFolder() throws IOException {
    Path reports = temp.resolve("reports");
    Cli.Result result =
        Cli.run(
            "run",
            INPUT.toString(),
            "-o",
            reports.toString(),
            "--format",
            "xlsx",
            "--pseudonym-secret",
            temp.resolve("secret").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> names = names(reports);
    assertThat(names).noneMatch(name -> name.contains("(new)"));
    assertThat(names)
        .filteredOn(name -> name.startsWith("couple-"))
        .hasSize(7)
        .contains("couple-a-b.xlsx", "couple-王家.xlsx", "couple-李家.xlsx", "couple-пара-3.xlsx")
        .allSatisfy(
            name -> assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThan(160));
    assertThat(names)
        .filteredOn(name -> name.startsWith("client-"))
        .hasSize(14)
        .contains(
            names.stream()
                .filter(n -> n.startsWith("client-alex-berg_"))
                .findFirst()
                .orElse("client-alex-berg_?"));
    assertThat(result.err())
        .contains("Wrote 14 client reports, 7 couple reports and the cohort report");
  }

  @Test
  void pseudonymisedReportsCarryOnlyKeyedCodesAndTheKeyListsTheCouples()
      throws IOException, CsvException {
    Path reports = temp.resolve("run/reports");
    Path key = temp.resolve("run/tandem-key.xlsx");
    Cli.Result result =
        Cli.run(
            "run",
            INPUT.toString(),
            "-o",
            reports.toString(),
            "--format",
            "xlsx",
            "--pseudonymize",
            "--pseudonym-secret",
            temp.resolve("secret").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();

    Set<String> identities = identities();
    List<String> names = names(reports);
    StringBuilder everything = new StringBuilder(result.err()).append(String.join("\n", names));
    for (String name : names) {
      text(reports.resolve(name), everything);
    }
    String written = everything.toString().toLowerCase(Locale.ROOT);
    for (String identity : identities) {
      assertThat(written)
          .as("reports, file names and console")
          .doesNotContain(identity.toLowerCase(Locale.ROOT));
    }
    assertThat(names)
        .filteredOn(name -> name.startsWith("couple-"))
        .hasSize(7)
        .allSatisfy(name -> assertThat(name).matches("couple-[0-9a-z]{4}-[0-9a-z]{4}\\.xlsx"));

    StringBuilder keyText = new StringBuilder();
    text(key, keyText);
    assertThat(keyText.toString()).contains("A/B", "A-B", "王家", "李家", "ПАРА-3", "BERG-IVANOVA");

    try (Workbook cohort = WorkbookFactory.create(reports.resolve("cohort.xlsx").toFile())) {
      Row first = cohort.getSheet("Couples").getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
      assertThat(first.getCell(2).getStringCellValue()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    }
    String couplePage =
        text(
                reports.resolve(
                    names.stream().filter(n -> n.startsWith("couple-")).findFirst().orElseThrow()),
                new StringBuilder())
            .toString();
    assertThat(couplePage)
        .containsPattern("Partner A: [0-9A-Z]{4}-[0-9A-Z]{4}")
        .containsPattern("Partner B: [0-9A-Z]{4}-[0-9A-Z]{4}");
  }

  /** The couple codes, names and e-mails of the input. */
  private static Set<String> identities() throws IOException, CsvException {
    Set<String> identities = new LinkedHashSet<>();
    try (Reader in = Files.newBufferedReader(INPUT, StandardCharsets.UTF_8);
        CSVReader csv = new CSVReader(in)) {
      List<String[]> rows = csv.readAll();
      for (String[] row : rows.subList(1, rows.size())) {
        identities.add(row[1]);
        identities.add(row[2]);
        identities.add(row[3]);
      }
    }
    // "A/B" and "A-B" occur in ordinary text ("day/month"); the file names check them
    identities.removeAll(Set.of("A/B", "A-B"));
    return identities;
  }

  private static StringBuilder text(Path workbookFile, StringBuilder into) throws IOException {
    DataFormatter formatter = new DataFormatter();
    try (Workbook workbook = WorkbookFactory.create(workbookFile.toFile())) {
      for (Sheet sheet : workbook) {
        into.append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          for (Cell cell : row) {
            into.append(formatter.formatCellValue(cell)).append('\n');
          }
        }
      }
    }
    return into;
  }
}
