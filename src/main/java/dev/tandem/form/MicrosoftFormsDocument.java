package dev.tandem.form;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A Word document laid out for Microsoft Forms' Quick import: the title and every questionnaire's
 * instructions first, then only numbered questions, each followed by its options on lines of their
 * own, without letters or bullets (so the options keep exactly the labels' text) and with no other
 * text between questions that could be taken for an option. The first question asks for the couple
 * code (no options: a text question); every statement becomes a choice question whose options are
 * the response labels. The Excel download of such a form has one column per statement, headed by
 * its text, holding the label chosen.
 */
final class MicrosoftFormsDocument {

  private MicrosoftFormsDocument() {}

  static byte[] write(Form form) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      paragraph(document, form.title(), true, 20);
      for (Questionnaire questionnaire : form.questionnaires()) {
        if (form.questionnaires().size() > 1) {
          paragraph(document, questionnaire.title(), true, 14);
        }
        if (questionnaire.instructions() != null && !questionnaire.instructions().isBlank()) {
          paragraph(document, questionnaire.instructions().strip(), false, 11);
        }
      }
      paragraph(document, Form.COUPLE_CODE + ": " + Form.COUPLE_CODE_HELP, false, 11);
      int number = 1;
      paragraph(document, number++ + ". " + Form.COUPLE_CODE, true, 12);
      for (Questionnaire questionnaire : form.questionnaires()) {
        List<String> labels = Form.labels(questionnaire.responseScale());
        for (Item item : questionnaire.items()) {
          paragraph(document, number++ + ". " + item.text(), true, 12);
          for (String label : labels) {
            paragraph(document, label, false, 11);
          }
        }
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void paragraph(XWPFDocument document, String text, boolean bold, int points) {
    XWPFParagraph paragraph = document.createParagraph();
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(points);
  }
}
