package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SmallCommandsTest {

  @TempDir Path dir;

  @Test
  void helpListsTheCommandsAndExitCodes() {
    Cli.Result result = Cli.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains(
            "run",
            "validate",
            "score",
            "stats",
            "questionnaires",
            "template",
            "Exit codes:",
            "3   finished, but some rows were rejected");
  }

  @Test
  void theQuickTopLevelHelpReadsAsTheFullOne() {
    StringWriter quick = new StringWriter();
    TandemCommand.commandLine(new String[] {"--help"})
        .setOut(new PrintWriter(quick, true))
        .execute("--help");

    assertThat(quick.toString()).isEqualTo(Cli.run("--help").out());
  }

  @Test
  void aNamedSubcommandIsBuiltInFull() {
    CommandLine commandLine = TandemCommand.commandLine(new String[] {"generate", "--help"});

    assertThat(commandLine.getSubcommands().get("generate").getCommandSpec().findOption("--seed"))
        .isNotNull();
    assertThat(commandLine.getSubcommands().get("stats").getCommandSpec().findOption("--seed"))
        .isNull();
  }

  @Test
  void questionnairesListsTheShippedDefinitions() {
    Cli.Result result = Cli.run("questionnaires");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("need-for-solitude", "insecurity-triggers", "closeness-desire");
  }

  @Test
  void anInstalledTandemReadsTheDefinitionsItsLauncherNames() throws IOException {
    Path installed = Files.createDirectories(dir.resolve("installed"));
    Files.copy(
        Path.of("questionnaires", "need-for-solitude.yaml"),
        installed.resolve("need-for-solitude.yaml"));
    Path responses = dir.resolve("responses.csv");
    Files.copy(Path.of("src", "test", "resources", "cli", "small-sample.csv"), responses);
    System.setProperty("tandem.definitions", installed.toString());
    try {
      Cli.Result listed = Cli.run("questionnaires");
      Cli.Result validated = Cli.run("validate", responses.toString());

      assertThat(listed.out()).contains("need-for-solitude").doesNotContain("closeness-desire");
      assertThat(validated.out() + validated.err())
          .contains("need-for-solitude")
          .doesNotContain("closeness-desire");
    } finally {
      System.clearProperty("tandem.definitions");
    }
  }

  @Test
  void questionnairesDescribesOneWithItsScalesBandsAndReversedItems() {
    Cli.Result result = Cli.run("questionnaires", "insecurity-triggers");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Insecurity triggers  (insecurity-triggers, version 1.0")
        .contains("[abandonment]  6 items, mean, scored when at least 5 are answered, range 1 to 5")
        .contains("3.75 to 5  High")
        .contains("(R) ins");
  }

  @Test
  void anUnknownQuestionnaireIsABadUsageWithAHint() {
    Cli.Result result = Cli.run("questionnaires", "no-such-thing");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "tandem: no questionnaire \"no-such-thing\" in questionnaires;"
                + " run \"tandem questionnaires\" to list them"
                + System.lineSeparator());
  }

  @Test
  void anInvalidDefinitionIsReportedWithItsPositionAndExitCode2() throws IOException {
    Path broken = dir.resolve("broken.yaml");
    Files.writeString(broken, "id: Broken\n");

    Cli.Result result = Cli.run("questionnaires", broken.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("tandem: ")
        .contains(broken + ":1:5: the id \"Broken\" should use");
  }

  @Test
  void templateWritesABlankCsvAndAPrintableQuestionnaire() throws IOException {
    Cli.Result result = Cli.run("template", "-q", "need-for-solitude", "-o", dir.toString());

    assertThat(result.exitCode()).isZero();
    String csv =
        Files.readString(dir.resolve("need-for-solitude-responses.csv"), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFClient,Couple code,Date,sol01,sol02,").endsWith("sol24\r\n");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(dir.resolve("need-for-solitude-questionnaire.xlsx").toFile())) {
      Sheet sheet = workbook.getSheet("Questionnaire");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Need for solitude");
      assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("1\nStrongly disagree");
      assertThat(sheet.getLastRowNum()).isEqualTo(4 + 24);
      assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void validateChecksTheCouplePatternsBesideTheDefinitions() throws IOException {
    Path definitions = dir.resolve("definitions");
    Files.createDirectories(definitions);
    Files.copy(
        Path.of("questionnaires/need-for-solitude.yaml"),
        definitions.resolve("need-for-solitude.yaml"));
    Files.writeString(
        definitions.resolve("couple-patterns.yaml"),
        String.join(
            "\n",
            "patterns:",
            "  - id: both-recharge",
            "    name: Both recharge alone",
            "    when:",
            "      both:",
            "        - {scale: need-for-solitude.rechargee, band: [High]}",
            "    guidance: Plan time apart together.",
            ""));

    Cli.Result result =
        Cli.run("validate", "seeds/clients.csv", "--definitions", definitions.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("tandem: " + definitions.resolve("couple-patterns.yaml") + ":6:");
    assertThat(result.err()).contains("need-for-solitude.rechargee");
  }

  @Test
  void validateSaysHowManyCouplePatternsItChecked() {
    Cli.Result result = Cli.run("validate", "seeds/clients.csv");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Couple patterns: 8 checked");
  }

  @Test
  void templateNeedsAQuestionnaire() {
    Cli.Result result = Cli.run("template", "-o", dir.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("name the questionnaire with -q ID or -q FILE");
  }

  @Test
  void generateIsRepeatableForTheSameSeed() throws IOException {
    Path first = dir.resolve("a.csv");
    Path second = dir.resolve("b.csv");

    assertThat(
            Cli.run("generate", "--couples", "3", "--seed", "5", "-o", first.toString()).exitCode())
        .isZero();
    assertThat(
            Cli.run("generate", "--couples", "3", "--seed", "5", "-o", second.toString())
                .exitCode())
        .isZero();

    assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    assertThat(Files.readAllLines(first)).hasSizeGreaterThanOrEqualTo(1 + 3 * 2 + 2);
  }

  @Test
  void theCommittedSampleDataIsWhatTheGeneratorWrites() throws IOException {
    Path fresh = dir.resolve("clients.csv");

    assertThat(Cli.run("generate", "-o", fresh.toString()).exitCode()).isZero();

    assertThat(Files.readString(fresh)).isEqualTo(Files.readString(Path.of("seeds/clients.csv")));
  }
}
