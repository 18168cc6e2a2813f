package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tandem score} never destroys its input or its previous output, and keeps the password's
 * promise.
 */
class ScoreOutputSafetyTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats");

  @TempDir Path temp;

  private Path input() throws IOException {
    Path copy = temp.resolve("export.csv");
    return Files.exists(copy) ? copy : Files.copy(FIXTURES.resolve("reversed.csv"), copy);
  }

  private static Cli.Result score(Path input, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "score",
                input.toString(),
                "-q",
                FIXTURES.resolve("reversed.yaml").toString(),
                "-o",
                out.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void anOutputThatIsTheInputIsRefusedAndTheInputKept() throws IOException {
    Path input = input();
    byte[] before = Files.readAllBytes(input);
    Cli.Result result = score(input, input);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "tandem: the output "
                + input
                + " is the input file "
                + input
                + "; writing it would destroy the export. Choose another file to write"
                + System.lineSeparator());
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void anOutputLinkedToTheInputIsRefused() throws IOException {
    Path input = input();
    byte[] before = Files.readAllBytes(input);
    Path symbolic = Files.createSymbolicLink(temp.resolve("link.csv"), input);
    Path hard = Files.createLink(temp.resolve("hard.csv"), input);
    for (Path link : List.of(symbolic, hard)) {
      Cli.Result result = score(input, link);
      assertThat(result.exitCode()).as(link.toString()).isEqualTo(2);
      assertThat(result.err()).contains("(the same file under another name)");
    }
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
  }

  @Test
  void anXlsxInputIsNotReplacedEither() throws IOException {
    Path workbook = temp.resolve("export.xlsx");
    assertThat(score(input(), workbook).exitCode()).isZero();
    byte[] before = Files.readAllBytes(workbook);
    Cli.Result result = score(workbook, workbook);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
  }

  @Test
  void aFailedRunLeavesThePreviousScoresAsTheyWere() throws IOException {
    Path out = temp.resolve("scores.csv");
    assertThat(score(input(), out).exitCode()).isZero();
    byte[] before = Files.readAllBytes(out);
    Path broken =
        Files.writeString(
            temp.resolve("broken.csv"),
            Files.readString(input()) + "r9999,\"2,4,5\n",
            StandardCharsets.UTF_8);
    Cli.Result result = score(broken, out);
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(Files.readAllBytes(out)).isEqualTo(before);
    try (var listing = Files.list(temp)) {
      assertThat(listing.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".partial"));
    }
  }

  @Test
  void withAPasswordTheWorkbookIsEncryptedAndOwnerOnly() throws IOException {
    Path password = Files.writeString(temp.resolve("password.txt"), "score-secret\n");
    Path out = temp.resolve("scores.xlsx");
    Cli.Result result = score(input(), out, "--password-file", password.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("encrypted with the password");
    assertThat(Files.getPosixFilePermissions(out))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> WorkbookFactory.create(out.toFile()).close())
        .isInstanceOf(EncryptedDocumentException.class);
    try (Workbook workbook = WorkbookFactory.create(out.toFile(), "score-secret")) {
      assertThat(workbook.getSheet("Scores").getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("r0001");
    }
  }

  @Test
  void withAPasswordACsvNeedsPlaintext() throws IOException {
    Path password = Files.writeString(temp.resolve("password.txt"), "score-secret\n");
    Path out = temp.resolve("scores.csv");
    Path input = input();
    Cli.Result refused = score(input, out, "--password-file", password.toString());
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("cannot be encrypted").contains("--plaintext");
    assertThat(out).doesNotExist();
    Cli.Result plain = score(input, out, "--password-file", password.toString(), "--plaintext");
    assertThat(plain.exitCode()).as(plain.err()).isZero();
    assertThat(Files.getPosixFilePermissions(out))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
  }
}
