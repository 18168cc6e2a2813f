package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.ScoreTable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fixtures that reproduce the layouts and quirks of real vendor exports (see
 * src/test/resources/ingest/real-layouts/README.md), each imported as it comes. Every expected
 * score was computed by hand from the fixture's raw answers and the definition's keying (the README
 * shows the sums), never by running Tandem.
 */
class RealLayoutsTest {

  private static final Path DIR = Fixtures.DIR.resolve("real-layouts");
  private static final Questionnaire BLOCKS =
      QuestionnaireLoader.load(DIR.resolve("questionnaires/blocks.yaml"));
  private static final Questionnaire DAYS =
      QuestionnaireLoader.load(DIR.resolve("questionnaires/days.yaml"));
  private static final Questionnaire QUIZ =
      QuestionnaireLoader.load(DIR.resolve("questionnaires/quiz.yaml"));

  @TempDir Path folder;

  private static ImportResult read(
      String name, Questionnaire questionnaire, ImportOptions options) {
    return Importer.read(List.of(DIR.resolve(name)), List.of(questionnaire), options);
  }

  @Test
  void qualtricsHeaderSpanningAThousandLinesIsReadAndTestResponsesAreSetAside() {
    Path file = DIR.resolve("qualtrics-multiline-header.csv");

    ImportResult result = read("qualtrics-multiline-header.csv", SOLO, ImportOptions.defaults());

    assertThat(result.rowsRead()).isEqualTo(4);
    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("R_1aXfictional01", "R_1aXfictional02");
    Response first = result.responses().get(0);
    assertThat(first.source().line()).isEqualTo(1009);
    assertThat(first.submitted()).contains(LocalDateTime.of(2026, 2, 3, 9, 15, 0));
    assertThat(score(first, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(first, SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(score(result.responses().get(1), SOLO, "recharge")).isEqualTo(1.5);
    assertThat(score(result.responses().get(1), SOLO, "autonomy")).isEqualTo(1.5);
    assertThat(Fixtures.messages(result))
        .containsExactly(
            file
                + ":1012:3 (column \"Response Type\"): the survey tool marks this response as a survey preview, not"
                + " a client's. It was set aside; pass --keep-test-responses to score it",
            file
                + ":1013:3 (column \"Response Type\"): the survey tool marks this response as a survey test, not"
                + " a client's. It was set aside; pass --keep-test-responses to score it");
    assertThat(result.notes())
        .contains(
            file
                + ": 2 responses were set aside as survey previews, tests or spam"
                + " (listed as rejected rows); pass --keep-test-responses to score them");
  }

  @Test
  void testResponsesAreScoredWhenTheCoachKeepsThem() {
    ImportResult result =
        read(
            "qualtrics-multiline-header.csv",
            SOLO,
            ImportOptions.defaults().keepingTestResponses());

    assertThat(result.responses()).hasSize(4);
    assertThat(score(result.responses().get(2), SOLO, "recharge")).isEqualTo(3.0);
    assertThat(score(result.responses().get(3), SOLO, "recharge")).isEqualTo(1.5);
  }

  @Test
  void qualtrics2016ImportIdsInSingleQuotesTellTwoMatricesWithTheSameTextApart() {
    Path file = DIR.resolve("qualtrics-2016.csv");

    ImportResult result = read("qualtrics-2016.csv", DAYS, ImportOptions.defaults());

    FileLayout layout =
        Importer.detect(List.of(file), List.of(DAYS), ImportOptions.defaults()).files().get(0);
    assertThat(layout.layout()).isEqualTo("Qualtrics (2016 export, ImportIds in single quotes)");
    assertThat(layout.headerRows()).isEqualTo(3);
    assertThat(layout.matches())
        .extracting(ColumnMatch::itemId)
        .containsExactly(
            "alone_weekdays", "alone_weekends", "together_weekdays", "together_weekends");
    assertThat(result.rowsRead()).isEqualTo(3);
    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("R_2bYfictional01", "R_2bYfictional02");
    Response first = result.responses().get(0);
    assertThat(first.submitted()).contains(LocalDateTime.of(2016, 6, 24, 14, 31, 40));
    assertThat(score(first, DAYS, "alone")).isEqualTo(4.5);
    assertThat(score(first, DAYS, "together")).isEqualTo(1.5);
    assertThat(score(result.responses().get(1), DAYS, "alone")).isEqualTo(1.5);
    assertThat(score(result.responses().get(1), DAYS, "together")).isEqualTo(4.5);
    assertThat(Fixtures.messages(result))
        .containsExactly(
            file
                + ":6:11 (column \"Status\"): the survey tool marks"
                + " this response as a survey test, not a client's. It was set aside; pass --keep-test-responses to score it");
  }

  @Test
  void surveyMonkeyLinksWavesByEmailAndNamesTheMisspeltLabels() {
    Path file = DIR.resolve("surveymonkey-typos.csv");

    ImportResult result = read("surveymonkey-typos.csv", SOLO, ImportOptions.defaults());

    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("ruth.fict@example.org", "11900000102", "ruth.fict@example.org");
    Response spring = result.responses().get(0);
    assertThat(spring.submitted()).contains(LocalDateTime.of(2026, 3, 2, 9, 9, 45));
    assertThat(score(spring, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(spring, SOLO, "autonomy")).isEqualTo(5.0);
    assertThat(score(result.responses().get(1), SOLO, "recharge")).isEqualTo(1.0);
    assertThat(score(result.responses().get(1), SOLO, "autonomy")).isEqualTo(2.0);
    assertThat(score(result.responses().get(2), SOLO, "recharge")).isEqualTo(5.0);
    assertThat(score(result.responses().get(2), SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(result.rejections()).hasSize(3).noneMatch(Rejection::rejectsRow);
    String mapping =
        ". If that is what it means, add this line under \"labels:\" in a --mapping file and import again: ";
    assertThat(result.notes())
        .contains(
            file
                + ": column 11 (\"Time on my own leaves me restless rather...\") has 1 answer \"Disgree\", which is not"
                + " a label of solo; the closest label is \"Disagree\" (2)"
                + mapping
                + "\"Disgree\": 2",
            file
                + ": column 13 (\"I want to see some friends without my pa...\") has 1 answer \"Aagree\", which is not"
                + " a label of solo; the closest label is \"Agree\" (4)"
                + mapping
                + "\"Aagree\": 4",
            file
                + ": column 13 (\"I want to see some friends without my pa...\") has 1 answer \"Disgree\", which is not"
                + " a label of solo; the closest label is \"Disagree\" (2)"
                + mapping
                + "\"Disgree\": 2");
  }

  @Test
  void aFormWithoutIdentityAndWithRepeatedStatementsIsReadWithAPositionalMapping() {
    Path file = DIR.resolve("google-forms-blocks.csv");
    ImportOptions options =
        ImportOptions.defaults().withMapping(DIR.resolve("google-forms-blocks-mapping.yaml"));

    ImportResult result = read("google-forms-blocks.csv", BLOCKS, options);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("google-forms-blocks.csv:2", "google-forms-blocks.csv:3");
    Response first = result.responses().get(0);
    assertThat(first.submitted()).contains(LocalDateTime.of(2025, 7, 31, 11, 59, 34));
    assertThat(score(first, BLOCKS, "first")).isEqualTo(4.0);
    assertThat(score(first, BLOCKS, "second")).isEqualTo(2.0);
    assertThat(score(result.responses().get(1), BLOCKS, "first")).isEqualTo(1.5);
    assertThat(score(result.responses().get(1), BLOCKS, "second")).isEqualTo(4.5);
    assertThat(result.notes())
        .anyMatch(
            note ->
                note.startsWith(
                    file
                        + ": no column says who answered, so each row"
                        + " was taken as its own respondent (ids such as \"google-forms-blocks.csv:2\"); a client's repeat"
                        + " assessments cannot be linked."));
    Assessment second = new Assessment(result.responses().get(1), List.of());
    List<Object> row = new ScoreTable(List.of()).row(second);
    assertThat(row.get(2)).isEqualTo("2025-07-31T13:05:00");
  }

  @Test
  void repeatedStatementsWithoutAMappingNameTheLinesToWrite() {
    assertThatThrownBy(() -> read("google-forms-blocks.csv", BLOCKS, ImportOptions.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("columns 2 and 7 both hold item blocks.a1")
        .hasMessageEndingWith(
            "under \"columns:\" in a --mapping file: \"#2\": blocks.a1 and \"#7\": ignore (or the"
                + " id of the item that column holds)");
  }

  @Test
  void googleFormsInAGermanAccountReadsDottedDates() {
    ImportResult result = read("google-forms-de.csv", SOLO, ImportOptions.defaults());

    assertThat(result.rejections()).isEmpty();
    Response jonas = result.responses().get(0);
    assertThat(jonas.respondentId()).isEqualTo("jonas.fiktiv@example.org");
    assertThat(jonas.submitted()).contains(LocalDateTime.of(2025, 7, 31, 23, 59, 34));
    assertThat(score(jonas, SOLO, "recharge")).isEqualTo(3.0);
    assertThat(score(jonas, SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(score(result.responses().get(1), SOLO, "recharge")).isEqualTo(2.5);
    assertThat(score(result.responses().get(1), SOLO, "autonomy")).isEqualTo(4.0);
  }

  @Test
  void microsoftFormsQuizColumnsAreLeftOutWithANote() throws IOException {
    Path file = folder.resolve("quiz.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("Sheet1");
      row(
          sheet,
          0,
          "ID",
          "Start time",
          "Completion time",
          "Email",
          "Name",
          "Total points",
          "Quiz feedback",
          "Question 1",
          "Points - Question 1",
          "Feedback - Question 1",
          "Question 2",
          "Points - Question 2",
          "Feedback - Question 2",
          "Question 3",
          "Points - Question 3",
          "Feedback - Question 3");
      row(
          sheet,
          1,
          "1",
          "3/14/2026 10:01:00",
          "3/14/2026 10:07:00",
          "lea.fict@example.org",
          "Lea Fict",
          "1",
          "",
          "a",
          "0",
          "",
          "b",
          "1",
          "Well done",
          "c",
          "0",
          "");
      row(
          sheet,
          2,
          "2",
          "3/14/2026 11:01:00",
          "3/14/2026 11:09:30",
          "tom.fict@example.org",
          "Tom Fict",
          "2",
          "",
          "d",
          "1",
          "",
          "d",
          "1",
          "",
          "b",
          "0",
          "");
      workbook.write(out);
    }

    ImportResult result = Importer.read(List.of(file), List.of(QUIZ), ImportOptions.defaults());

    assertThat(result.rejections()).isEmpty();
    assertThat(score(result.responses().get(0), QUIZ, "total")).isEqualTo(2.0);
    assertThat(score(result.responses().get(1), QUIZ, "total"))
        .isCloseTo(10.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(result.notes())
        .contains(
            file
                + ": this is a quiz export: its 6 \"Points - \" and \"Feedback - \""
                + " columns (columns 9, 10, 12, 13, 15, 16) were left out, as were \"Total points\" and \"Quiz feedback\"");
  }

  private static void row(Sheet sheet, int index, String... cells) {
    Row row = sheet.createRow(index);
    for (int c = 0; c < cells.length; c++) {
      row.createCell(c).setCellValue(cells[c]);
    }
  }
}
