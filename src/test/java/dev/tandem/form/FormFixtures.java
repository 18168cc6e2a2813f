package dev.tandem.form;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.FileLayout;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.report.output.CsvText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The definitions the form tests use (a Greek one whose texts need escaping, and a shipped one),
 * the answers the simulated respondents give, and the check that an export imports completely.
 */
final class FormFixtures {

  static final Questionnaire GREEK =
      QuestionnaireLoader.load(Path.of("src/test/resources/form/greek.yaml"));
  static final Questionnaire SOLITUDE =
      QuestionnaireLoader.load(Path.of("questionnaires/need-for-solitude.yaml"));
  static final Form BOTH = new Form(List.of(GREEK, SOLITUDE));

  private FormFixtures() {}

  /** The value respondent r gives statement i: differs between statements and respondents. */
  static int answer(Questionnaire questionnaire, int item, int respondent) {
    ResponseScale scale = questionnaire.responseScale();
    return scale.min() + (item * 2 + respondent) % scale.points();
  }

  /** The label of that value, as survey tools that export labels write it. */
  static String label(Questionnaire questionnaire, int item, int respondent) {
    return questionnaire.responseScale().label(answer(questionnaire, item, respondent));
  }

  /** The couple code respondent r types. */
  static String coupleCode(int respondent) {
    return "K" + (respondent + 1);
  }

  /**
   * The export matches every statement of the form and leaves no question column unmatched, and
   * each of the respondents' rows imports with exactly the answers given and the couple code.
   */
  static void assertImportsCompletely(Path export, Form form, int respondents, String layout) {
    FileLayout detected =
        Importer.detect(List.of(export), form.questionnaires(), ImportOptions.defaults())
            .files()
            .get(0);
    assertThat(detected.layout()).isEqualTo(layout);
    assertThat(detected.unmatched()).isEmpty();
    int items = form.questionnaires().stream().mapToInt(q -> q.items().size()).sum();
    assertThat(detected.matches()).hasSize(items);

    ImportResult result =
        Importer.read(List.of(export), form.questionnaires(), ImportOptions.defaults());
    assertThat(result.rejections()).isEmpty();
    assertThat(result.responses()).hasSize(respondents);
    for (int r = 0; r < respondents; r++) {
      Response response = result.responses().get(r);
      assertThat(response.coupleCode().map(code -> code.toUpperCase(Locale.ROOT)))
          .contains(coupleCode(r));
      for (Questionnaire questionnaire : form.questionnaires()) {
        double[] expected = new double[questionnaire.items().size()];
        for (int i = 0; i < expected.length; i++) {
          expected[i] = answer(questionnaire, i, r);
        }
        assertThat(response.answersTo(questionnaire.id())).contains(Answers.of(expected));
      }
    }
  }

  /** What one simulated respondent writes into a statement's cell. */
  interface Cell {
    String of(Questionnaire questionnaire, int item, int respondent);
  }

  /**
   * An export as a CSV text: the header rows, then per respondent the leading cells the tool writes
   * and one cell per statement of the form, in the form's order.
   */
  static String csv(
      List<List<String>> header, int respondents, IntFunction<List<String>> leading, Cell cell) {
    StringBuilder csv = new StringBuilder();
    header.forEach(row -> csv.append(CsvText.row(row)).append("\r\n"));
    for (int r = 0; r < respondents; r++) {
      List<String> row = new ArrayList<>(leading.apply(r));
      for (Questionnaire questionnaire : BOTH.questionnaires()) {
        for (int i = 0; i < questionnaire.items().size(); i++) {
          row.add(cell.of(questionnaire, i, r));
        }
      }
      csv.append(CsvText.row(row)).append("\r\n");
    }
    return csv.toString();
  }

  /** No word of the file tells the respondent which statements are reverse-keyed. */
  static void assertReversedUnmarked(String content) {
    assertThat(content.toLowerCase(Locale.ROOT)).doesNotContain("revers").doesNotContain("(r)");
  }
}
