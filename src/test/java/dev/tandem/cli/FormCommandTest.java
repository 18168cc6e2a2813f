package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormCommandTest {

  @TempDir Path dir;

  @Test
  void formForGoogleWritesTheScriptAndPrintsTheThreeSteps() throws IOException {
    Path file = dir.resolve("form.gs");

    Cli.Result result =
        Cli.run(
            "form",
            "-q",
            "need-for-solitude",
            "-q",
            "insecurity-triggers",
            "--for",
            "google",
            "-o",
            file.toString());

    assertThat(result.exitCode()).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .contains(
            "function createTandemForm()",
            "FormApp.create(\"Need for solitude and Insecurity triggers\")");
    assertThat(result.out())
        .startsWith("Wrote " + file + "\n")
        .contains(
            "  1. Open https://script.google.com", "  2. Choose Run", "  3. Open the edit link");
  }

  @Test
  void targetIsReadInAnyCase() {
    Cli.Result result =
        Cli.run(
            "form",
            "-q",
            "need-for-solitude",
            "--for",
            "HTML",
            "-o",
            dir.resolve("need-for-solitude.html").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(dir.resolve("need-for-solitude.html")).isRegularFile();
  }

  @Test
  void anExistingFileIsNeverReplaced() throws IOException {
    Path file = dir.resolve("survey.qsf");
    Files.writeString(file, "the coach's own file");

    Cli.Result result =
        Cli.run("form", "-q", "need-for-solitude", "--for", "qualtrics", "-o", file.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            "tandem: "
                + file
                + " already exists; choose another name with -o FILE, or"
                + " move the old file away\n");
    assertThat(Files.readString(file)).isEqualTo("the coach's own file");
  }

  @Test
  void formNeedsAQuestionnaireAndATarget() {
    assertThat(Cli.run("form", "--for", "html").err())
        .contains("name the questionnaires with -q ID or -q FILE");
    Cli.Result noTarget = Cli.run("form", "-q", "need-for-solitude");
    assertThat(noTarget.exitCode()).isEqualTo(2);
    assertThat(noTarget.err()).contains("Missing required option: '--for=TARGET'");
  }

  @Test
  void definitionAToolCannotCarryIsRefusedWithWhatToDo() throws IOException {
    Path definition = dir.resolve("underscore.yaml");
    Files.writeString(
        definition,
        Files.readString(Path.of("src/test/resources/form/greek.yaml")).replace("gr3", "gr_3"));

    Cli.Result result =
        Cli.run(
            "form",
            "-q",
            definition.toString(),
            "--for",
            "limesurvey",
            "-o",
            dir.resolve("x.lss").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("tandem: " + definition + ": the item id \"gr_3\" cannot be a LimeSurvey");
    assertThat(dir.resolve("x.lss")).doesNotExist();
  }
}
