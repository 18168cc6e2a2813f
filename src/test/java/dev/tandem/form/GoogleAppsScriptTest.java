package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static dev.tandem.form.FormFixtures.SOLITUDE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Apps Script is valid JavaScript (node --check), and run under node against a stand-in for
 * Google's FormApp it builds the form the issue asks for; the export Google writes for that form
 * imports with every column matched.
 */
class GoogleAppsScriptTest {

  /** A stand-in for FormApp that records every item the script adds, printed as JSON at the end. */
  private static final String FORM_APP =
      """
      var created = { items: [] };
      function item(kind) {
        var entry = { kind: kind };
        created.items.push(entry);
        var chain = {};
        ['setTitle', 'setHelpText', 'setRequired', 'setRows', 'setColumns'].forEach(function (name) {
          chain[name] = function (value) { entry[name.substring(3).toLowerCase()] = value; return chain; };
        });
        return chain;
      }
      var FormApp = { create: function (title) {
        created.title = title;
        return {
          setDescription: function (d) { created.description = d; },
          setCollectEmail: function (on) { created.collectEmail = on; },
          setProgressBar: function (on) { created.progressBar = on; },
          addTextItem: function () { return item('text'); },
          addSectionHeaderItem: function () { return item('section'); },
          addGridItem: function () { return item('grid'); },
          getEditUrl: function () { return 'edit'; },
          getPublishedUrl: function () { return 'published'; }
        };
      } };
      var Logger = { log: function () {} };
      """;

  @TempDir static Path dir;

  private static String script;
  private static JsonNode form;

  @BeforeAll
  static void runScript() throws IOException, InterruptedException {
    script = GoogleAppsScript.write(BOTH);
    Path run = dir.resolve("run.js");
    Files.writeString(
        run, FORM_APP + script + "\ncreateTandemForm();\nconsole.log(JSON.stringify(created));\n");
    form = new ObjectMapper().readTree(node(run.toString()));
  }

  private static String node(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node"));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }

  @Test
  void scriptPassesNodeCheck() throws IOException, InterruptedException {
    Path file = dir.resolve("form.js");
    Files.writeString(file, script);
    node("--check", file.toString());
  }

  @Test
  void scriptCreatesTheFormWithEmailCollectionAndARequiredCoupleCode() {
    assertThat(form.get("title").asText()).isEqualTo("Χρόνος για μένα and Need for solitude");
    assertThat(form.get("collectEmail").asBoolean()).isTrue();
    JsonNode couple = form.get("items").get(0);
    assertThat(couple.get("kind").asText()).isEqualTo("text");
    assertThat(couple.get("title").asText()).isEqualTo("Couple code");
    assertThat(couple.get("helptext").asText()).isEqualTo(Form.COUPLE_CODE_HELP);
    assertThat(couple.get("required").asBoolean()).isTrue();
  }

  @Test
  void everyQuestionnaireIsASectionWithItsInstructionsAndAGridOfItsStatementsAndLabels() {
    JsonNode items = form.get("items");
    assertThat(items).hasSize(5);
    for (int q = 0; q < 2; q++) {
      Questionnaire questionnaire = BOTH.questionnaires().get(q);
      JsonNode section = items.get(1 + 2 * q);
      JsonNode grid = items.get(2 + 2 * q);
      assertThat(section.get("title").asText()).isEqualTo(questionnaire.title());
      assertThat(section.get("helptext").asText()).isEqualTo(questionnaire.instructions().strip());
      assertThat(grid.get("title").asText()).isEqualTo(questionnaire.title());
      assertThat(texts(grid.get("rows")))
          .containsExactlyElementsOf(questionnaire.items().stream().map(Item::text).toList());
      assertThat(texts(grid.get("columns")))
          .containsExactlyElementsOf(Form.labels(questionnaire.responseScale()));
    }
  }

  @Test
  void aGridIsRequiredOnlyWhenEveryScaleNeedsAllItsStatements() {
    // the Greek definition lets one scale be scored with half its statements; need-for-solitude has
    // no minAnswered
    assertThat(form.get("items").get(2).get("required").asBoolean()).isFalse();
    assertThat(form.get("items").get(4).get("required").asBoolean())
        .isEqualTo(
            SOLITUDE.scales().stream().allMatch(s -> s.minimumAnswered() == s.itemIds().size()));
  }

  @Test
  void reversedStatementsAreNotMarked() {
    FormFixtures.assertReversedUnmarked(script);
  }

  @Test
  void googleFormsExportOfTheFormImportsWithEveryColumnMatched() throws IOException {
    List<String> header = new ArrayList<>(List.of("Timestamp", "Email address", "Couple code"));
    for (int q = 0; q < 2; q++) {
      JsonNode grid = form.get("items").get(2 + 2 * q);
      for (String row : texts(grid.get("rows"))) {
        header.add(grid.get("title").asText() + " [" + row + "]");
      }
    }
    String csv =
        FormFixtures.csv(
            List.of(header),
            2,
            r ->
                List.of(
                    "11/30/2026 10:1" + r + ":00",
                    "client" + r + "@example.org",
                    FormFixtures.coupleCode(r)),
            FormFixtures::label);
    Path export = dir.resolve("google-export.csv");
    Files.writeString(export, csv);
    FormFixtures.assertImportsCompletely(export, BOTH, 2, "Google Forms");
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
