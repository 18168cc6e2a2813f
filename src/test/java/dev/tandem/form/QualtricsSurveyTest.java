package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .qsf has the structure Qualtrics' own exports have (SurveyEntry, SurveyElements with blocks,
 * flow, options, questions and the question count), and the CSV export Qualtrics writes for it,
 * built here from the file's export tags, question ids and recode values, imports with every column
 * matched.
 */
class QualtricsSurveyTest {

  @TempDir Path dir;

  private static String text;
  private static JsonNode survey;
  private static Map<String, JsonNode> questions;

  @BeforeAll
  static void write() throws IOException {
    text = QualtricsSurvey.write(BOTH);
    survey = new ObjectMapper().readTree(text);
    questions = new TreeMap<>();
    for (JsonNode element : survey.get("SurveyElements")) {
      if (element.get("Element").asText().equals("SQ")) {
        questions.put(element.get("PrimaryAttribute").asText(), element.get("Payload"));
      }
    }
  }

  private static JsonNode element(String kind) {
    for (JsonNode element : survey.get("SurveyElements")) {
      if (element.get("Element").asText().equals(kind)) {
        return element;
      }
    }
    throw new AssertionError("no " + kind + " element");
  }

  @Test
  void surveyHasTheElementsOfAQualtricsExportAndTheyReferToEachOther() {
    assertThat(survey.get("SurveyEntry").get("SurveyName").asText())
        .isEqualTo("Χρόνος για μένα and Need for solitude");
    assertThat(element("QC").get("SecondaryAttribute").asInt())
        .isEqualTo(questions.size())
        .isEqualTo(5);
    Set<String> blockIds = new HashSet<>();
    Set<String> inBlocks = new HashSet<>();
    for (JsonNode block : element("BL").get("Payload")) {
      blockIds.add(block.get("ID").asText());
      block.get("BlockElements").forEach(e -> inBlocks.add(e.get("QuestionID").asText()));
    }
    assertThat(inBlocks).isEqualTo(questions.keySet());
    List<String> flow = new ArrayList<>();
    element("FL").get("Payload").get("Flow").forEach(step -> flow.add(step.get("ID").asText()));
    assertThat(flow).containsExactly("BL_default", "BL_q1", "BL_q2");
    assertThat(blockIds).containsAll(flow);
    for (Map.Entry<String, JsonNode> question : questions.entrySet()) {
      assertThat(question.getValue().get("QuestionID").asText()).isEqualTo(question.getKey());
    }
  }

  @Test
  void eachQuestionnaireIsALikertMatrixTaggedWithItemIdsAndRecodedToTheScaleValues() {
    for (int q = 0; q < 2; q++) {
      Questionnaire questionnaire = BOTH.questionnaires().get(q);
      JsonNode matrix = matrices().get(q);
      assertThat(matrix.get("Selector").asText()).isEqualTo("Likert");
      assertThat(matrix.get("SubSelector").asText()).isEqualTo("SingleAnswer");
      List<String> tags = new ArrayList<>();
      List<String> statements = new ArrayList<>();
      matrix
          .get("ChoiceOrder")
          .forEach(
              key -> {
                tags.add(matrix.get("ChoiceDataExportTags").get(key.asText()).asText());
                statements.add(matrix.get("Choices").get(key.asText()).get("Display").asText());
              });
      assertThat(tags)
          .containsExactlyElementsOf(questionnaire.items().stream().map(Item::id).toList());
      assertThat(statements)
          .containsExactlyElementsOf(
              questionnaire.items().stream().map(item -> Markup.escape(item.text())).toList());
      List<String> labels = new ArrayList<>();
      List<Integer> values = new ArrayList<>();
      matrix
          .get("AnswerOrder")
          .forEach(
              key -> {
                labels.add(matrix.get("Answers").get(key.asText()).get("Display").asText());
                values.add(matrix.get("RecodeValues").get(key.asText()).asInt());
              });
      assertThat(labels)
          .containsExactlyElementsOf(
              Form.labels(questionnaire.responseScale()).stream().map(Markup::escape).toList());
      assertThat(values).containsExactly(1, 2, 3, 4, 5);
    }
  }

  @Test
  void greekTextIsEscapedForQualtricsHtmlAndKeptOtherwiseUnchanged() {
    JsonNode statement = matrices().get(0).get("Choices").get("4").get("Display");
    assertThat(statement.asText())
        .isEqualTo("Λέω \"χρειάζομαι λίγο χώρο\" χωρίς &lt;φόβο&gt; ότι θα πληγώσω.");
  }

  @Test
  void coupleCodeIsARequiredTextEntryAndTheInstructionsADescriptiveText() {
    JsonNode couple = questions.get("QID1");
    assertThat(couple.get("QuestionType").asText()).isEqualTo("TE");
    assertThat(couple.get("DataExportTag").asText()).isEqualTo("couple_code");
    assertThat(couple.get("Validation").get("Settings").get("ForceResponse").asText())
        .isEqualTo("ON");
    JsonNode intro = questions.get("QID2");
    assertThat(intro.get("QuestionType").asText()).isEqualTo("DB");
    assertThat(intro.get("QuestionText").asText()).contains("Διάβασε κάθε πρόταση");
  }

  @Test
  void reversedStatementsAreNotMarked() {
    FormFixtures.assertReversedUnmarked(text);
  }

  @Test
  void qualtricsExportOfTheSurveyImportsWithEveryColumnMatched() throws IOException {
    List<String> tags =
        new ArrayList<>(
            List.of(
                "StartDate",
                "EndDate",
                "Status",
                "Progress",
                "Finished",
                "RecordedDate",
                "ResponseId",
                "couple_code"));
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Start Date",
                "End Date",
                "Response Type",
                "Progress",
                "Finished",
                "Recorded Date",
                "Response ID",
                "Couple code"));
    List<String> importIds =
        new ArrayList<>(
            List.of(
                "startDate",
                "endDate",
                "status",
                "progress",
                "finished",
                "recordedDate",
                "_recordId",
                "QID1_TEXT"));
    for (JsonNode matrix : matrices()) {
      matrix
          .get("ChoiceOrder")
          .forEach(
              key -> {
                tags.add(matrix.get("ChoiceDataExportTags").get(key.asText()).asText());
                texts.add(
                    matrix.get("QuestionDescription").asText()
                        + " - "
                        + matrix.get("Choices").get(key.asText()).get("Display").asText());
                importIds.add(matrix.get("QuestionID").asText() + "_" + key.asText());
              });
    }
    List<String> imports = importIds.stream().map(id -> "{\"ImportId\":\"" + id + "\"}").toList();
    String csv =
        FormFixtures.csv(
            List.of(tags, texts, imports),
            2,
            r ->
                List.of(
                    "2026-11-30 10:00:00",
                    "2026-11-30 10:09:00",
                    "IP Address",
                    "100",
                    "True",
                    "2026-11-30 10:09:0" + r,
                    "R_" + r,
                    FormFixtures.coupleCode(r)),
            (questionnaire, item, r) ->
                recoded(questionnaire, FormFixtures.answer(questionnaire, item, r)));
    Path export = dir.resolve("qualtrics-export.csv");
    Files.writeString(export, csv);
    FormFixtures.assertImportsCompletely(export, BOTH, 2, "Qualtrics");
  }

  /**
   * What Qualtrics exports for a value: the recode value of its scale point in the questionnaire's
   * matrix.
   */
  private static String recoded(Questionnaire questionnaire, int value) {
    JsonNode matrix = matrices().get(BOTH.questionnaires().indexOf(questionnaire));
    return matrix
        .get("RecodeValues")
        .get(Integer.toString(value - questionnaire.responseScale().min() + 1))
        .asText();
  }

  private static List<JsonNode> matrices() {
    return questions.values().stream()
        .filter(q -> q.get("QuestionType").asText().equals("Matrix"))
        .sorted((a, b) -> Integer.compare(number(a), number(b)))
        .toList();
  }

  private static int number(JsonNode question) {
    return Integer.parseInt(question.get("QuestionID").asText().substring(3));
  }
}
