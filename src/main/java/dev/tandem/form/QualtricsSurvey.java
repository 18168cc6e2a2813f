package dev.tandem.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Qualtrics Survey Format file (.qsf, JSON): {@code SurveyEntry} and {@code SurveyElements}
 * holding the blocks ({@code BL}), the flow ({@code FL}), the options ({@code SO}), one {@code SQ}
 * per question and the question count ({@code QC}). The default block asks for the couple code
 * (text entry, export tag {@code couple_code}); each questionnaire gets a block with its
 * instructions as descriptive text and one Likert matrix whose statements carry the Tandem column
 * as export tag and whose scale points are recoded to the scale's values, so that Qualtrics' export
 * is headed by item ids and holds the values themselves.
 */
final class QualtricsSurvey {

  static final String SURVEY_ID = "SV_tandemForm";
  static final String COUPLE_CODE_TAG = "couple_code";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Form form;
  private final ArrayNode elements = JSON.createArrayNode();
  private final List<ObjectNode> questions = new ArrayList<>();
  private int nextQuestion = 1;

  private QualtricsSurvey(Form form) {
    this.form = form;
  }

  static String write(Form form) {
    try {
      return JSON.writerWithDefaultPrettyPrinter()
              .writeValueAsString(new QualtricsSurvey(form).survey())
          + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ObjectNode survey() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode entry = root.putObject("SurveyEntry");
    entry.put("SurveyID", SURVEY_ID);
    entry.put("SurveyName", form.title());
    entry.put(
        "SurveyDescription",
        "Written by Tandem from the questionnaire definitions " + form.fileStem());
    entry.put("SurveyLanguage", "EN");
    entry.put("SurveyStatus", "Inactive");
    entry.putNull("SurveyStartDate");
    entry.putNull("SurveyExpirationDate");
    entry.putNull("Deleted");

    ArrayNode blocks = JSON.createArrayNode();
    ObjectNode trash = blocks.addObject();
    trash.put("Type", "Trash");
    trash.put("Description", "Trash / Unused Questions");
    trash.put("ID", "BL_trash");
    trash.putArray("BlockElements");
    ObjectNode first = block(blocks, "Default", "Couple code", "BL_default");
    blockQuestion(first, coupleCode());
    List<String> blockIds = new ArrayList<>(List.of("BL_default"));
    for (int i = 0; i < form.questionnaires().size(); i++) {
      Questionnaire questionnaire = form.questionnaires().get(i);
      String id = "BL_q" + (i + 1);
      ObjectNode block = block(blocks, "Standard", questionnaire.title(), id);
      blockQuestion(block, instructions(questionnaire));
      blockQuestion(block, matrix(questionnaire));
      blockIds.add(id);
    }
    element("BL", "Survey Blocks", null, blocks);
    element("FL", "Survey Flow", null, flow(blockIds));
    element("SO", "Survey Options", null, options());
    for (ObjectNode question : questions) {
      element(
          "SQ",
          question.get("QuestionID").asText(),
          question.get("DataExportTag").asText(),
          question);
    }
    element("QC", "Survey Question Count", Integer.toString(questions.size()), null);
    root.set("SurveyElements", elements);
    return root;
  }

  private void element(String kind, String primary, String secondary, JsonNode payload) {
    ObjectNode element = elements.addObject();
    element.put("SurveyID", SURVEY_ID);
    element.put("Element", kind);
    element.put("PrimaryAttribute", primary);
    element.put("SecondaryAttribute", secondary);
    element.putNull("TertiaryAttribute");
    element.set("Payload", payload);
  }

  private static ObjectNode block(ArrayNode blocks, String type, String description, String id) {
    ObjectNode block = blocks.addObject();
    block.put("Type", type);
    if (type.equals("Standard")) {
      block.put("SubType", "");
    }
    block.put("Description", description);
    block.put("ID", id);
    block.putArray("BlockElements");
    return block;
  }

  private static void blockQuestion(ObjectNode block, ObjectNode question) {
    ObjectNode element = ((ArrayNode) block.get("BlockElements")).addObject();
    element.put("Type", "Question");
    element.put("QuestionID", question.get("QuestionID").asText());
  }

  private ObjectNode question(String exportTag, String text, String type, String selector) {
    ObjectNode question = JSON.createObjectNode();
    String id = "QID" + nextQuestion++;
    question.put("QuestionID", id);
    question.put("DataExportTag", exportTag);
    question.put("QuestionText", text);
    question.put(
        "QuestionDescription", text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip());
    question.put("QuestionType", type);
    question.put("Selector", selector);
    question.putObject("Configuration").put("QuestionDescriptionOption", "UseText");
    question.putArray("Language");
    questions.add(question);
    return question;
  }

  private ObjectNode coupleCode() {
    ObjectNode question = question(COUPLE_CODE_TAG, Markup.escape(Form.COUPLE_CODE), "TE", "SL");
    question.put("QuestionDescription", Form.COUPLE_CODE);
    question.put("DefaultChoices", false);
    validation(question, true);
    return question;
  }

  private ObjectNode instructions(Questionnaire questionnaire) {
    String text =
        "<h2>"
            + Markup.escape(questionnaire.title())
            + "</h2>"
            + Markup.paragraph(questionnaire.instructions());
    return question(tag(questionnaire) + "_intro", text, "DB", "TB");
  }

  private ObjectNode matrix(Questionnaire questionnaire) {
    ObjectNode question =
        question(tag(questionnaire), Markup.escape(questionnaire.title()), "Matrix", "Likert");
    question.put("SubSelector", "SingleAnswer");
    ObjectNode configuration = (ObjectNode) question.get("Configuration");
    configuration.put("TextPosition", "inline");
    configuration.put("ChoiceColumnWidth", 40);
    configuration.put("RepeatHeaders", "none");
    configuration.put("WhiteSpace", "ON");
    configuration.put("MobileFirst", true);
    ObjectNode choices = question.putObject("Choices");
    ArrayNode choiceOrder = question.putArray("ChoiceOrder");
    ObjectNode exportTags = question.putObject("ChoiceDataExportTags");
    List<Item> items = questionnaire.items();
    for (int i = 0; i < items.size(); i++) {
      String key = Integer.toString(i + 1);
      choices.putObject(key).put("Display", Markup.escape(items.get(i).text()));
      choiceOrder.add(key);
      exportTags.put(key, form.column(questionnaire, items.get(i)));
    }
    ResponseScale scale = questionnaire.responseScale();
    ObjectNode answers = question.putObject("Answers");
    ArrayNode answerOrder = question.putArray("AnswerOrder");
    ObjectNode recode = question.putObject("RecodeValues");
    for (int value = scale.min(); value <= scale.max(); value++) {
      String key = Integer.toString(value - scale.min() + 1);
      answers.putObject(key).put("Display", Markup.escape(scale.label(value)));
      answerOrder.add(key);
      recode.put(key, Integer.toString(value));
    }
    question.put("NextChoiceId", items.size() + 1);
    question.put("NextAnswerId", scale.points() + 1);
    validation(question, items.stream().allMatch(item -> Form.required(questionnaire, item)));
    return question;
  }

  private static void validation(ObjectNode question, boolean required) {
    ObjectNode settings = question.putObject("Validation").putObject("Settings");
    settings.put("ForceResponse", required ? "ON" : "OFF");
    settings.put("ForceResponseType", "ON");
    settings.put("Type", "None");
  }

  /** The matrix's export tag: the questionnaire id with its dashes as underscores. */
  private static String tag(Questionnaire questionnaire) {
    return questionnaire.id().replace('-', '_');
  }

  private static ObjectNode flow(List<String> blockIds) {
    ObjectNode flow = JSON.createObjectNode();
    ArrayNode steps = flow.putArray("Flow");
    for (int i = 0; i < blockIds.size(); i++) {
      ObjectNode step = steps.addObject();
      step.put("ID", blockIds.get(i));
      step.put("Type", i == 0 ? "Block" : "Standard");
      step.put("FlowID", "FL_" + (i + 2));
    }
    flow.putObject("Properties").put("Count", blockIds.size() + 1);
    flow.put("FlowID", "FL_1");
    flow.put("Type", "Root");
    return flow;
  }

  private static ObjectNode options() {
    ObjectNode options = JSON.createObjectNode();
    options.put("BackButton", "true");
    options.put("SaveAndContinue", "true");
    options.put("SurveyProtection", "PublicSurvey");
    options.put("ProgressBarDisplay", "Text");
    options.put("SurveyTermination", "DefaultMessage");
    options.put("NoIndex", "Yes");
    return options;
  }
}
