package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Word document lists numbered questions each followed by its options, the layout Microsoft
 * Forms' Quick import reads; the Excel download of the resulting form, built here from the
 * document's questions and options, imports with every column matched.
 */
class MicrosoftFormsDocumentTest {

  private static final Pattern QUESTION = Pattern.compile("(\\d+)\\. (.+)");

  @TempDir Path dir;

  private static List<String> paragraphs;

  /** Each question of the document with the option lines under it. */
  private static Map<String, List<String>> questions;

  @BeforeAll
  static void read() throws IOException {
    try (XWPFDocument document =
        new XWPFDocument(new ByteArrayInputStream(MicrosoftFormsDocument.write(BOTH)))) {
      paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }
    questions = new LinkedHashMap<>();
    List<String> current = null;
    int expected = 1;
    for (String paragraph : paragraphs) {
      Matcher question = QUESTION.matcher(paragraph);
      if (question.matches() && Integer.parseInt(question.group(1)) == expected) {
        expected++;
        current = new ArrayList<>();
        questions.put(question.group(2), current);
      } else if (current != null) {
        current.add(paragraph);
      }
    }
  }

  @Test
  void everyStatementIsANumberedQuestionFollowedByExactlyTheLabelsAsOptions() {
    assertThat(paragraphs.get(0)).isEqualTo("Χρόνος για μένα and Need for solitude");
    assertThat(questions.get(Form.COUPLE_CODE))
        .as("a text question, nothing to take for options")
        .isEmpty();
    for (Questionnaire questionnaire : BOTH.questionnaires()) {
      for (Item item : questionnaire.items()) {
        assertThat(questions.get(item.text()))
            .as(item.id())
            .containsExactlyElementsOf(Form.labels(questionnaire.responseScale()));
      }
    }
    assertThat(questions).hasSize(1 + 4 + 24);
  }

  @Test
  void reversedStatementsAreNotMarked() {
    FormFixtures.assertReversedUnmarked(String.join("\n", paragraphs));
  }

  @Test
  void microsoftFormsDownloadOfTheFormImportsWithEveryColumnMatched() throws IOException {
    Path export = dir.resolve("Tandem.xlsx");
    List<String> titles = new ArrayList<>(questions.keySet());
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(export)) {
      Sheet sheet = workbook.createSheet("Sheet1");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy h:mm"));
      Row header = sheet.createRow(0);
      List<String> headers =
          new ArrayList<>(List.of("ID", "Start time", "Completion time", "Email", "Name"));
      headers.addAll(titles);
      for (int c = 0; c < headers.size(); c++) {
        header.createCell(c).setCellValue(headers.get(c));
      }
      for (int r = 0; r < 2; r++) {
        Row row = sheet.createRow(r + 1);
        row.createCell(0).setCellValue(r + 1);
        row.createCell(1).setCellValue(LocalDateTime.of(2026, 11, 30, 10, r));
        row.createCell(2).setCellValue(LocalDateTime.of(2026, 11, 30, 10, 10 + r));
        row.getCell(1).setCellStyle(date);
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue("anonymous");
        row.createCell(5).setCellValue(FormFixtures.coupleCode(r));
        int column = 6;
        for (Questionnaire questionnaire : BOTH.questionnaires()) {
          for (int i = 0; i < questionnaire.items().size(); i++) {
            List<String> options = questions.get(titles.get(column - 5));
            int value = FormFixtures.answer(questionnaire, i, r);
            row.createCell(column++)
                .setCellValue(options.get(value - questionnaire.responseScale().min()));
          }
        }
      }
      workbook.write(out);
    }
    FormFixtures.assertImportsCompletely(export, BOTH, 2, "Microsoft Forms");
  }
}
