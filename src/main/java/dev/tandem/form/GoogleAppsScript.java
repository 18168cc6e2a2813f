package dev.tandem.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A Google Apps Script that creates the form in the coach's Google account: e-mail collection on, a
 * required couple-code question, then per questionnaire a section with its instructions and one
 * grid whose rows are the statements and whose columns are the labels. Google's export then has one
 * column per statement headed {@code Title [statement]}, which the import matches by the
 * statement's text.
 */
final class GoogleAppsScript {

  /** The function the coach runs in the script editor. */
  static final String FUNCTION = "createTandemForm";

  /** What the coach does with the script, printed by the command. */
  static final List<String> STEPS =
      List.of(
          "Open https://script.google.com, choose New project, and replace the code in the editor with this file's content.",
          "Choose Run (the function "
              + FUNCTION
              + "), and allow the script to manage your forms when Google asks.",
          "Open the edit link shown in the execution log, check the form, and send it to your clients.");

  private static final ObjectMapper JSON = new ObjectMapper();

  private GoogleAppsScript() {}

  static String write(Form form) {
    StringBuilder js = new StringBuilder();
    js.append("/**\n")
        .append(" * Creates the Google Form ")
        .append(comment(form.title()))
        .append(" for Tandem.\n")
        .append(" * Paste this file into a new project at script.google.com and run ")
        .append(FUNCTION)
        .append(".\n")
        .append(
            " * Statements and labels are written exactly as in the questionnaire definitions, so that the\n")
        .append(
            " * form's response export is read back by Tandem with every column matched. Do not edit them.\n")
        .append(" */\n")
        .append("function ")
        .append(FUNCTION)
        .append("() {\n")
        .append("  var form = FormApp.create(")
        .append(literal(form.title()))
        .append(");\n")
        .append("  form.setDescription(")
        .append(literal(description(form)))
        .append(");\n")
        .append("  form.setCollectEmail(true);\n")
        .append("  form.setProgressBar(true);\n")
        .append("  form.addTextItem()\n")
        .append("      .setTitle(")
        .append(literal(Form.COUPLE_CODE))
        .append(")\n")
        .append("      .setHelpText(")
        .append(literal(Form.COUPLE_CODE_HELP))
        .append(")\n")
        .append("      .setRequired(true);\n");
    for (Questionnaire questionnaire : form.questionnaires()) {
      boolean required =
          questionnaire.items().stream().allMatch(item -> Form.required(questionnaire, item));
      js.append("  form.addSectionHeaderItem()\n")
          .append("      .setTitle(")
          .append(literal(questionnaire.title()))
          .append(")\n")
          .append("      .setHelpText(")
          .append(literal(text(questionnaire.instructions())))
          .append(");\n")
          .append("  form.addGridItem()\n")
          .append("      .setTitle(")
          .append(literal(questionnaire.title()))
          .append(")\n")
          .append("      .setRows(")
          .append(list(questionnaire.items().stream().map(Item::text).toList()))
          .append(")\n")
          .append("      .setColumns(")
          .append(list(Form.labels(questionnaire.responseScale())))
          .append(")\n")
          .append("      .setRequired(")
          .append(required)
          .append(");\n");
    }
    js.append("  Logger.log('Form created. Edit it at ' + form.getEditUrl());\n")
        .append("  Logger.log('Send your clients ' + form.getPublishedUrl());\n")
        .append("}\n");
    return js.toString();
  }

  private static String description(Form form) {
    return form.questionnaires().size() == 1
        ? text(form.questionnaires().get(0).instructions())
        : "This form holds "
            + form.questionnaires().size()
            + " short questionnaires; each starts with its own instructions.";
  }

  private static String text(String value) {
    return value == null ? "" : value.strip();
  }

  private static String comment(String text) {
    return "\"" + text.replace("*/", "* /").replaceAll("\\s+", " ") + "\"";
  }

  private static String literal(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String list(List<String> texts) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < texts.size(); i++) {
      out.append(i == 0 ? "\n        " : ",\n        ").append(literal(texts.get(i)));
    }
    return out.append("]").toString();
  }
}
