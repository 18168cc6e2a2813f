package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.DefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  private static final Path SMALL_SAMPLE =
      Path.of("src", "test", "resources", "cli", "small-sample.csv");

  @TempDir Path folder;

  @Test
  void thePracticeNameIsReadFromTheSettingsFile() throws IOException {
    Path file = Files.writeString(folder.resolve("mine.yaml"), "practice: Harbour Coaching\n");

    assertThat(Settings.find(Optional.of(file), Path.of("unused")).practice())
        .contains("Harbour Coaching");
  }

  @Test
  void tandemYamlInTheFolderIsReadWhenNoFileIsNamedAndNothingWithoutIt() throws IOException {
    assertThat(Settings.find(Optional.empty(), folder)).isEqualTo(Settings.NONE);

    Files.writeString(folder.resolve(Settings.FILE_NAME), "practice: \"Rivière & Co\"\n");

    assertThat(Settings.find(Optional.empty(), folder).practice()).contains("Rivière & Co");
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLineAndColumn() throws IOException {
    Path file =
        Files.writeString(folder.resolve("tandem.yaml"), "practice: Harbour\npractise: typo\n");

    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining(file + ":2:1")
        .hasMessageContaining("unknown key \"practise\" in the settings file");
  }

  @Test
  void anEmptyPracticeIsRefusedWithItsLineAndColumn() throws IOException {
    Path file = Files.writeString(folder.resolve("tandem.yaml"), "practice: \"\"\n");

    assertThatThrownBy(() -> Settings.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining(file + ":1:11")
        .hasMessageContaining("\"practice\" in the settings file is empty");
  }

  @Test
  void aPracticeOptionWinsOverTheFile() {
    Settings settings = new Settings(Optional.of("From The File"));

    assertThat(settings.practice(Optional.of("From The Option"))).contains("From The Option");
    assertThat(settings.practice(Optional.empty())).contains("From The File");
    assertThat(Settings.NONE.practice(Optional.empty())).isEmpty();
  }

  @Test
  void theRunPrintsThePracticeFromTheSettingsFileInTheReports() throws IOException {
    Path settings = Files.writeString(folder.resolve("s.yaml"), "practice: From The File\n");

    Cli.Result result = run("file", "--settings", settings.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(headerRight(folder.resolve("file"))).isEqualTo("&8 From The File");
  }

  @Test
  void aBrokenSettingsFileStopsTheRunBeforeAnythingIsWritten() throws IOException {
    Path settings = Files.writeString(folder.resolve("bad.yaml"), "practice: [a, b\n");

    Cli.Result result = run("bad", "--settings", settings.toString());

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.err()).contains(settings.toString() + ":").doesNotContain("Exception");
    assertThat(folder.resolve("bad")).doesNotExist();
  }

  private Cli.Result run(String output, String... more) {
    String[] args = {
      "run",
      SMALL_SAMPLE.toString(),
      "-o",
      folder.resolve(output).toString(),
      "--format",
      "xlsx",
      "--pseudonym-secret",
      folder.resolve("secret").toString()
    };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.run(all);
  }

  private static String headerRight(Path reports) throws IOException {
    try (Workbook workbook =
        WorkbookFactory.create(reports.resolve("cohort.xlsx").toFile(), null, true)) {
      return ((XSSFSheet) workbook.getSheetAt(0)).getHeader().getRight();
    }
  }
}
