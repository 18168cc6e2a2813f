package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key of pseudonymised runs never takes the place of a report, an input or an earlier key. */
class KeyFileTest {

  private static final Path CODES = Path.of("src/test/resources/hostile/couple-codes.csv");
  private static final Path FORMULAS = Path.of("src/test/resources/hostile/formulas.csv");

  @TempDir Path temp;

  private Cli.Result run(Path input, Path reports, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                input.toString(),
                "-o",
                reports.toString(),
                "--format",
                "xlsx",
                "--pseudonymize",
                "--pseudonym-secret",
                temp.resolve("secret").toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void aKeyInsideTheOutputFolderIsRefusedBeforeAnythingIsWritten() {
    Path reports = temp.resolve("reports");
    Cli.Result result =
        run(CODES, reports, "--key-file", reports.resolve("cohort.xlsx").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "tandem: the key file "
                + reports.resolve("cohort.xlsx")
                + " is in the output folder "
                + reports
                + ", among the reports you may pass on");
    assertThat(reports).doesNotExist();
  }

  @Test
  void aKeyOnAnInputIsRefused() throws IOException {
    Path input = Files.copy(CODES, temp.resolve("export.csv"));
    byte[] before = Files.readAllBytes(input);
    Cli.Result result = run(input, temp.resolve("reports"), "--key-file", input.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("the key file " + input + " is the input file");
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void aFileThatIsNotAKeyIsLeftAsItWas() throws IOException {
    Path notAKey = Files.writeString(temp.resolve("tandem-key.xlsx"), "the coach's own notes");
    Cli.Result result = run(CODES, temp.resolve("reports"));
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains(notAKey + ": a file is there that is not a key Tandem wrote");
    assertThat(Files.readString(notAKey)).isEqualTo("the coach's own notes");
  }

  @Test
  void aSecondRunIntoASiblingFolderExtendsTheKeyAndAWorldReadableSecretIsNamed()
      throws IOException {
    assertThat(run(CODES, temp.resolve("march")).exitCode()).isZero();
    Files.setPosixFilePermissions(
        temp.resolve("secret"), PosixFilePermissions.fromString("rw-r--r--"));
    Cli.Result second = run(FORMULAS, temp.resolve("april"));
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err())
        .contains(
            "warning: the pseudonym secret "
                + temp.resolve("secret")
                + " can be read by other users of this computer");

    List<String> ids = new ArrayList<>();
    List<String> couples = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    try (Workbook key = WorkbookFactory.create(temp.resolve("tandem-key.xlsx").toFile())) {
      for (Row row : key.getSheet("Key")) {
        ids.add(formatter.formatCellValue(row.getCell(1)));
      }
      for (Row row : key.getSheet("Couples")) {
        couples.add(formatter.formatCellValue(row.getCell(1)));
      }
    }
    assertThat(ids).contains("alex.berg@example.org", "=evil@example.org").doesNotHaveDuplicates();
    assertThat(couples).contains("王家", "=1+2");
  }
}
