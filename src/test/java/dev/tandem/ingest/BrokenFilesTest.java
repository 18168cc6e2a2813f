package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken and hostile exports (made by {@link BrokenFiles}, not committed): each ends
 * in an {@link ImportException} that names the file (and the line where there is one), says what is
 * wrong, and never repeats the file's content.
 */
class BrokenFilesTest {

  private static final List<Questionnaire> QUESTIONNAIRES =
      QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));

  @TempDir Path folder;

  private static ImportException importing(Path file) {
    ImportException e =
        catchThrowableOfType(
            ImportException.class,
            () -> Importer.read(List.of(file), QUESTIONNAIRES, ImportOptions.defaults()));
    assertThat(e).as("an ImportException for " + file.getFileName()).isNotNull();
    assertThat(e.position().file()).isEqualTo(file);
    assertThat(e.getMessage())
        .startsWith(file.toString())
        .doesNotContain("anna@example.org")
        .doesNotContain("Anna");
    return e;
  }

  private static final String NOT_A_WORKBOOK =
      ": the file ends in .xlsx but is not an Excel workbook (it may be"
          + " another kind of file renamed, or damaged); open it in Excel and save it as \"Excel Workbook (.xlsx)\","
          + " or rename it to .csv if it is CSV text";

  @Test
  void aTruncatedWorkbook() throws IOException {
    Path file = BrokenFiles.truncatedXlsx(folder);

    assertThat(importing(file)).hasMessage(file + NOT_A_WORKBOOK);
  }

  @Test
  void aZipBomb() throws IOException {
    Path file = BrokenFiles.zipBombXlsx(folder);

    assertThat(importing(file))
        .hasMessage(
            file
                + ": the workbook would expand to far more data than its size"
                + " suggests (more than 100 MB in one part, or over 100 times its compressed size), so it was not opened;"
                + " this is how a \"zip bomb\" looks. Export the responses again from the survey tool");
  }

  @Test
  void anXmlEntityBombInAWorkbook() throws IOException {
    Path file = BrokenFiles.entityBombXlsx(folder);

    assertThat(importing(file)).hasMessage(file + NOT_A_WORKBOOK);
  }

  @Test
  void aCsvWithNulBytes() throws IOException {
    Path file = BrokenFiles.csvWithNulBytes(folder);

    assertThat(importing(file))
        .hasMessage(
            file
                + ":2: the cell in column 4 holds a NUL character, which exports"
                + " never contain; if the file was saved as UTF-16 or by another program, save it again from the"
                + " spreadsheet program as \"CSV UTF-8\"");
  }

  @Test
  void aNamedPipeNobodyWritesToIsRefusedWithoutHanging() throws Exception {
    Path pipe = fifo("export.csv");

    ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> importing(pipe));

    assertThat(e)
        .hasMessage(
            pipe
                + ": this is a named pipe and no program wrote to it within 2 seconds; start"
                + " the program that writes the export first, or save the export to a file and give that file's path");
  }

  @Test
  void aPipeIsReadOnceAndGivesTheSameRowsToEveryLaterRead() throws Exception {
    Path pipe = fifo("piped.csv");
    Path file = Fixtures.file("partner-email.csv");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(pipe, Files.readAllBytes(file)); // as <(cat file) does, once
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.start();

    Detection detected =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> Importer.detect(List.of(pipe), List.of(Fixtures.SOLO), ImportOptions.defaults()));
    ImportResult piped =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> Importer.read(List.of(pipe), List.of(Fixtures.SOLO), ImportOptions.defaults()));
    writer.join();

    ImportResult direct =
        Importer.read(List.of(file), List.of(Fixtures.SOLO), ImportOptions.defaults());
    assertThat(detected.files()).hasSize(1);
    assertThat(piped.rowsRead()).isEqualTo(3).isEqualTo(direct.rowsRead());
    assertThat(piped.responses())
        .extracting(r -> r.respondentId() + " " + r.answers())
        .containsExactlyElementsOf(
            direct.responses().stream().map(r -> r.respondentId() + " " + r.answers()).toList());
  }

  private Path fifo(String name) throws IOException, InterruptedException {
    Path pipe = folder.resolve(name);
    assumeTrue(
        new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
        "mkfifo is available");
    return pipe;
  }

  @Test
  void aCellOfAHundredThousandCharactersRejectsItsRowNotTheFile() throws IOException {
    Path file = BrokenFiles.csvWithLongField(folder);

    ImportResult result = Importer.read(List.of(file), QUESTIONNAIRES, ImportOptions.defaults());

    assertThat(result.rowsRead()).isEqualTo(1);
    assertThat(result.responses()).isEmpty();
    assertThat(result.rejections())
        .extracting(Rejection::toString)
        .containsExactly(
            file
                + ":2: the cell in column 3"
                + " holds 100000 characters, more than the 32767 a spreadsheet cell can hold. The row was not scored;"
                + " shorten the cell in the file, or remove it, and import again");
  }

  @Test
  void aCsvWithTwentyThousandColumns() throws IOException {
    Path file = BrokenFiles.csvWith20000Columns(folder);

    assertThat(importing(file))
        .hasMessage(
            file
                + ":1: this row has 20000 columns; an export has at most 2000. Is this the right file?");
  }

  @Test
  void aHeaderLineOfMillionsOfCharacters() throws IOException {
    Path file =
        java.nio.file.Files.writeString(
            folder.resolve("one-line.csv"), "a".repeat(5 * 1024 * 1024));

    assertThat(importing(file))
        .hasMessage(
            file
                + ":1: the first line has 5242880 characters, far more than a"
                + " header row; the file is damaged or not a survey export");
  }

  @Test
  void aTextFileOverTheSizeLimit() throws IOException {
    Path file = folder.resolve("huge.csv");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.Limits.TEXT.maxFileBytes() + 1);
    }

    assertThat(importing(file))
        .hasMessage(
            file
                + ": the file is 4096 MB; Tandem reads files like this of at most"
                + " 4096 MB. Is this the right file? If it is, export the responses in parts");
  }

  @Test
  void aWorkbookOverTheSizeLimit() throws IOException {
    Path file = folder.resolve("huge.xlsx");
    try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(InputLimits.Limits.WORKBOOK.maxFileBytes() + 1);
    }

    assertThat(importing(file))
        .hasMessage(
            file
                + ": the file is 100 MB; Tandem reads files like this of at most"
                + " 100 MB. Is this the right file? If it is, export the responses in parts");
  }

  @Test
  void moreRowsThanTheLimit() throws IOException {
    StringBuilder text = new StringBuilder(BrokenFiles.HEADER).append("\r\n");
    for (int r = 0; r <= 100; r++) {
      text.append("2026/01/05 10:00:00,c").append(r).append("@example.org,C,Agree\r\n");
    }
    Path file = java.nio.file.Files.writeString(folder.resolve("long.csv"), text);
    InputLimits.Limits hundredRows = new InputLimits.Limits(1 << 20, 100, 2_000, 32_767);

    Throwable thrown =
        catchThrowable(
            () -> {
              try (RowSource rows =
                  InputLimits.open(
                      file, () -> CsvSource.open(file, java.util.Optional.empty()), hundredRows)) {
                while (rows.next().isPresent()) {
                  // read to the end
                }
              }
            });

    assertThat(thrown)
        .isInstanceOf(ImportException.class)
        .hasMessage(file + ":101: the file has more than 100 rows; export the responses in parts");
  }
}
