package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The .lss has the structure LimeSurvey 6 writes (tables of declared fields and rows, texts in the
 * l10n tables linked by id), and LimeSurvey's CSV export of that survey, built here from the file's
 * question and subquestion codes and answer codes, imports with every column matched.
 */
class LimeSurveyStructureTest {

  @TempDir Path dir;

  private static String text;
  private static Document document;

  @BeforeAll
  static void write() throws Exception {
    text = LimeSurveyStructure.write(BOTH);
    document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** The rows of a table, each as field name to value. */
  private static List<Map<String, String>> rows(String table) {
    Element element = (Element) document.getElementsByTagName(table).item(0);
    List<String> fields = new ArrayList<>();
    NodeList names = element.getElementsByTagName("fieldname");
    for (int i = 0; i < names.getLength(); i++) {
      fields.add(names.item(i).getTextContent());
    }
    List<Map<String, String>> rows = new ArrayList<>();
    NodeList rowNodes =
        ((Element) element.getElementsByTagName("rows").item(0)).getElementsByTagName("row");
    for (int i = 0; i < rowNodes.getLength(); i++) {
      Map<String, String> row = new LinkedHashMap<>();
      for (Node cell = rowNodes.item(i).getFirstChild();
          cell != null;
          cell = cell.getNextSibling()) {
        if (cell instanceof Element e) {
          assertThat(fields).as(table + " declares " + e.getTagName()).contains(e.getTagName());
          row.put(e.getTagName(), e.getTextContent());
        }
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void documentIsASurveyStructureOfLimeSurveySix() {
    Element root = document.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("document");
    assertThat(root.getElementsByTagName("LimeSurveyDocType").item(0).getTextContent())
        .isEqualTo("Survey");
    assertThat(Integer.parseInt(root.getElementsByTagName("DBVersion").item(0).getTextContent()))
        .isGreaterThanOrEqualTo(600);
    assertThat(rows("surveys")).hasSize(1);
    assertThat(rows("surveys_languagesettings").get(0).get("surveyls_title"))
        .isEqualTo("Χρόνος για μένα and Need for solitude");
    assertThat(text)
        .contains("<![CDATA[Λίγες ώρες μόνος ή μόνη μου μού δίνουν πίσω την ενέργειά μου.]]>");
  }

  @Test
  void
      eachQuestionnaireIsAGroupWithAnArrayWhoseSubquestionCodesAreItemIdsAndAnswerCodesTheValues() {
    List<Map<String, String>> questions = rows("questions");
    List<Map<String, String>> arrays =
        questions.stream().filter(q -> q.get("type").equals("F")).toList();
    assertThat(arrays).hasSize(2);
    Map<String, String> texts = new HashMap<>();
    rows("question_l10ns").forEach(row -> texts.put(row.get("qid"), row.get("question")));
    Map<String, String> answerTexts = new HashMap<>();
    rows("answer_l10ns").forEach(row -> answerTexts.put(row.get("aid"), row.get("answer")));
    for (int q = 0; q < 2; q++) {
      Questionnaire questionnaire = BOTH.questionnaires().get(q);
      String qid = arrays.get(q).get("qid");
      List<Map<String, String>> subquestions =
          rows("subquestions").stream().filter(s -> s.get("parent_qid").equals(qid)).toList();
      assertThat(subquestions.stream().map(s -> s.get("title")).toList())
          .containsExactlyElementsOf(questionnaire.items().stream().map(Item::id).toList());
      assertThat(subquestions.stream().map(s -> texts.get(s.get("qid"))).toList())
          .containsExactlyElementsOf(
              questionnaire.items().stream().map(i -> Markup.escape(i.text())).toList());
      List<Map<String, String>> answers =
          rows("answers").stream().filter(a -> a.get("qid").equals(qid)).toList();
      assertThat(answers.stream().map(a -> a.get("code")).toList())
          .containsExactly("1", "2", "3", "4", "5");
      assertThat(answers.stream().map(a -> answerTexts.get(a.get("aid"))).toList())
          .containsExactlyElementsOf(
              Form.labels(questionnaire.responseScale()).stream().map(Markup::escape).toList());
      String gid = arrays.get(q).get("gid");
      assertThat(
              rows("group_l10ns").stream()
                  .filter(g -> g.get("gid").equals(gid))
                  .findFirst()
                  .orElseThrow()
                  .get("group_name"))
          .isEqualTo(questionnaire.title());
    }
    Map<String, String> couple = questions.get(0);
    assertThat(couple.get("type")).isEqualTo("S");
    assertThat(couple.get("title")).isEqualTo("couplecode");
    assertThat(couple.get("mandatory")).isEqualTo("Y");
  }

  @Test
  void reversedStatementsAreNotMarked() {
    FormFixtures.assertReversedUnmarked(text);
  }

  @Test
  void itemIdThatCannotBeASubquestionCodeIsRefusedWithWhatToDo() throws Exception {
    Path definition = dir.resolve("underscore.yaml");
    Files.writeString(
        definition,
        Files.readString(Path.of("src/test/resources/form/greek.yaml")).replace("gr3", "gr_3"));
    Form form = new Form(List.of(QuestionnaireLoader.load(definition)));

    assertThatThrownBy(() -> LimeSurveyStructure.write(form))
        .isInstanceOf(FormException.class)
        .hasMessage(
            definition
                + ": the item id \"gr_3\" cannot be a LimeSurvey subquestion code (a letter, then"
                + " letters and digits, 20 at most); rename the item and keep the old id as an alias, or choose"
                + " another --for target");
  }

  @Test
  void limeSurveyExportOfTheSurveyImportsWithEveryColumnMatched() throws Exception {
    List<String> header =
        new ArrayList<>(
            List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "couplecode"));
    Map<String, String> codes = new HashMap<>();
    rows("questions").forEach(q -> codes.put(q.get("qid"), q.get("title")));
    rows("subquestions")
        .forEach(s -> header.add(codes.get(s.get("parent_qid")) + "[" + s.get("title") + "]"));
    String csv =
        FormFixtures.csv(
            List.of(header),
            2,
            LimeSurveyStructureTest::leading,
            (questionnaire, item, r) ->
                Integer.toString(FormFixtures.answer(questionnaire, item, r)));
    Path export = dir.resolve("limesurvey-export.csv");
    Files.writeString(export, csv);
    FormFixtures.assertImportsCompletely(export, BOTH, 2, "LimeSurvey");
  }

  @Test
  void limeSurveyExportWithFullQuestionTextHeadingsImportsWithEveryColumnMatched()
      throws Exception {
    List<String> header =
        new ArrayList<>(
            List.of(
                "Response ID",
                "Date submitted",
                "Last page",
                "Start language",
                "Seed",
                "Couple code"));
    for (Questionnaire questionnaire : BOTH.questionnaires()) {
      questionnaire
          .items()
          .forEach(item -> header.add(questionnaire.title() + " [" + item.text() + "]"));
    }
    String csv =
        FormFixtures.csv(List.of(header), 2, LimeSurveyStructureTest::leading, FormFixtures::label);
    Path export = dir.resolve("limesurvey-full-text.csv");
    Files.writeString(export, csv);
    FormFixtures.assertImportsCompletely(export, BOTH, 2, "LimeSurvey");
  }

  /** The metadata LimeSurvey writes before the answers, and the couple code. */
  private static List<String> leading(int respondent) {
    return List.of(
        Integer.toString(respondent + 1),
        "2026-11-30 10:0" + respondent + ":00",
        "3",
        "en",
        "12345",
        FormFixtures.coupleCode(respondent));
  }
}
