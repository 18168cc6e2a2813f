package dev.tandem.form;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A LimeSurvey survey structure file (.lss, XML) as LimeSurvey 6 writes it: tables of {@code
 * <fields>} and {@code <rows>} with values in CDATA, texts in the {@code *_l10ns} tables. One
 * question group per questionnaire, its instructions as the group description, and one array
 * question (type F) whose subquestion codes are the item ids and whose answer codes are the scale's
 * values; a short-text question {@code couplecode} comes first. LimeSurvey's export then holds
 * {@code code[item]} columns with the values themselves.
 */
final class LimeSurveyStructure {

  /** LimeSurvey declares its questions and their subquestions with the same fields. */
  private static final String[] QUESTION_FIELDS = {
    "qid",
    "parent_qid",
    "sid",
    "gid",
    "type",
    "title",
    "preg",
    "other",
    "mandatory",
    "encrypted",
    "question_order",
    "scale_id",
    "same_default",
    "relevance",
    "question_theme_name",
    "modulename",
    "same_script"
  };

  /** The database version of LimeSurvey 6.x structure files. */
  static final String DB_VERSION = "640";

  static final String SURVEY_ID = "467283";
  static final String COUPLE_CODE_CODE = "couplecode";
  private static final String LANGUAGE = "en";

  /**
   * LimeSurvey's rule for question and subquestion codes: a letter, then letters and digits, 20 at
   * most.
   */
  private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,19}");

  private final Form form;
  private final Document document;
  private final Map<String, Table> tables = new LinkedHashMap<>();

  /** One table of the file: its field names and its rows of values. */
  private record Table(List<String> fields, List<List<String>> rows) {}

  private LimeSurveyStructure(Form form, Document document) {
    this.form = form;
    this.document = document;
  }

  static String write(Form form) {
    checkCodes(form);
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      return new LimeSurveyStructure(form, document).build();
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IllegalStateException("the JDK's XML support is not available", e);
    }
  }

  private static void checkCodes(Form form) {
    for (Questionnaire questionnaire : form.questionnaires()) {
      if (questionnaire.responseScale().min() < 0) {
        throw new FormException(
            questionnaire.source()
                + ": LimeSurvey answer codes cannot be negative, and the"
                + " response scale of "
                + questionnaire.id()
                + " starts at "
                + questionnaire.responseScale().min()
                + "; use a scale from 0 or 1 up for a LimeSurvey form, or another --for target");
      }
      for (Item item : questionnaire.items()) {
        if (!CODE.matcher(item.id()).matches()) {
          throw new FormException(
              questionnaire.source()
                  + ": the item id \""
                  + item.id()
                  + "\" cannot be a"
                  + " LimeSurvey subquestion code (a letter, then letters and digits, 20 at most); rename the item"
                  + " and keep the old id as an alias, or choose another --for target");
        }
      }
    }
  }

  private String build() throws TransformerException {
    table("answers", "aid", "qid", "code", "sortorder", "assessment_value", "scale_id");
    table("answer_l10ns", "id", "aid", "answer", "language");
    table("groups", "gid", "sid", "group_order", "randomization_group", "grelevance");
    table(
        "group_l10ns",
        "id",
        "gid",
        "group_name",
        "description",
        "language",
        "sid",
        "group_order",
        "randomization_group",
        "grelevance");
    table("questions", QUESTION_FIELDS);
    table("subquestions", QUESTION_FIELDS);
    table("question_l10ns", "id", "qid", "question", "help", "script", "language");
    table(
        "surveys",
        "sid",
        "gsid",
        "admin",
        "adminemail",
        "anonymized",
        "format",
        "savetimings",
        "template",
        "language",
        "additional_languages",
        "datestamp",
        "usecookie",
        "allowregister",
        "allowsave",
        "autonumber_start",
        "autoredirect",
        "allowprev",
        "printanswers",
        "ipaddr",
        "ipanonymize",
        "refurl",
        "showsurveypolicynotice",
        "publicstatistics",
        "publicgraphs",
        "listpublic",
        "htmlemail",
        "sendconfirmation",
        "tokenanswerspersistence",
        "assessments",
        "usecaptcha",
        "usetokens",
        "showxquestions",
        "showgroupinfo",
        "shownoanswer",
        "showqnumcode",
        "showwelcome",
        "showprogress",
        "questionindex",
        "navigationdelay",
        "nokeyboard",
        "alloweditaftercompletion");
    table(
        "surveys_languagesettings",
        "surveyls_survey_id",
        "surveyls_language",
        "surveyls_title",
        "surveyls_description",
        "surveyls_welcometext",
        "surveyls_endtext",
        "surveyls_dateformat");

    int qid = 1;
    int aid = 1;
    int gid = 1;
    row("groups", gid, SURVEY_ID, 1, "", "1");
    row(
        "group_l10ns",
        gid,
        gid,
        Form.COUPLE_CODE,
        Markup.paragraph(Form.COUPLE_CODE_HELP),
        LANGUAGE,
        SURVEY_ID,
        1,
        "",
        "1");
    question("questions", qid, 0, gid, "S", COUPLE_CODE_CODE, "Y", 1, "shortfreetext");
    row(
        "question_l10ns",
        qid,
        qid,
        Markup.escape(Form.COUPLE_CODE),
        Markup.escape(Form.COUPLE_CODE_HELP),
        "",
        LANGUAGE);
    qid++;
    for (Questionnaire questionnaire : form.questionnaires()) {
      gid++;
      row("groups", gid, SURVEY_ID, gid, "", "1");
      row(
          "group_l10ns",
          gid,
          gid,
          Markup.escape(questionnaire.title()),
          Markup.paragraph(questionnaire.instructions()),
          LANGUAGE,
          SURVEY_ID,
          gid,
          "",
          "1");
      int parent = qid++;
      boolean required =
          questionnaire.items().stream().allMatch(item -> Form.required(questionnaire, item));
      question(
          "questions",
          parent,
          0,
          gid,
          "F",
          questionCode(questionnaire, gid),
          required ? "Y" : "N",
          1,
          "arrays/array");
      row("question_l10ns", parent, parent, Markup.escape(questionnaire.title()), "", "", LANGUAGE);
      List<Item> items = questionnaire.items();
      for (int i = 0; i < items.size(); i++) {
        int sub = qid++;
        question(
            "subquestions", sub, parent, gid, "F", items.get(i).id(), "", i + 1, "arrays/array");
        row("question_l10ns", sub, sub, Markup.escape(items.get(i).text()), "", "", LANGUAGE);
      }
      ResponseScale scale = questionnaire.responseScale();
      for (int value = scale.min(); value <= scale.max(); value++) {
        row("answers", aid, parent, value, value - scale.min() + 1, value, 0);
        row("answer_l10ns", aid, aid, Markup.escape(scale.label(value)), LANGUAGE);
        aid++;
      }
    }
    row(
        "surveys", SURVEY_ID, 1, "inherit", "inherit", "N", "G", "N", "inherit", LANGUAGE, "", "Y",
        "N", "N", "N", 0, "N", "Y", "N", "N", "N", "N", 0, "N", "N", "N", "Y", "N", "N", "N", "N",
        "N", "N", "Y", "N", "N", "Y", "Y", 0, 0, "N", "N");
    row(
        "surveys_languagesettings",
        SURVEY_ID,
        LANGUAGE,
        Markup.escape(form.title()),
        "",
        Markup.paragraph(welcome()),
        "<p>Thank you. Your answers are saved.</p>",
        9);
    return serialise();
  }

  private String welcome() {
    return form.questionnaires().size() == 1
        ? form.questionnaires().get(0).instructions()
        : "This survey holds "
            + form.questionnaires().size()
            + " short questionnaires; each starts with its own instructions.";
  }

  /**
   * The parent question's code: a letter and the questionnaire id's letters and digits, 20 at most.
   */
  private static String questionCode(Questionnaire questionnaire, int group) {
    String letters = questionnaire.id().replaceAll("[^A-Za-z0-9]", "");
    String code = "G" + group + letters;
    return code.length() > 20 ? code.substring(0, 20) : code;
  }

  private void question(
      String table,
      int qid,
      int parent,
      int gid,
      String type,
      String code,
      String mandatory,
      int order,
      String theme) {
    row(
        table, qid, parent, SURVEY_ID, gid, type, code, "", "N", mandatory, "N", order, 0, 0, "1",
        theme, "", 0);
  }

  private void table(String name, String... fields) {
    tables.put(name, new Table(List.of(fields), new ArrayList<>()));
  }

  private void row(String table, Object... values) {
    Table target = tables.get(table);
    if (values.length != target.fields().size()) {
      throw new IllegalArgumentException(
          table + " has " + target.fields().size() + " fields, not " + values.length);
    }
    target.rows().add(Arrays.stream(values).map(String::valueOf).toList());
  }

  private String serialise() throws TransformerException {
    document.setXmlStandalone(true);
    Element root = document.createElement("document");
    document.appendChild(root);
    text(root, "LimeSurveyDocType", "Survey");
    text(root, "DBVersion", DB_VERSION);
    text(root.appendChild(document.createElement("languages")), "language", LANGUAGE);
    for (Map.Entry<String, Table> entry : tables.entrySet()) {
      Element table = (Element) root.appendChild(document.createElement(entry.getKey()));
      Element fields = (Element) table.appendChild(document.createElement("fields"));
      for (String field : entry.getValue().fields()) {
        text(fields, "fieldname", field);
      }
      Element rows = (Element) table.appendChild(document.createElement("rows"));
      for (List<String> values : entry.getValue().rows()) {
        Element row = (Element) rows.appendChild(document.createElement("row"));
        for (int i = 0; i < values.size(); i++) {
          Element cell =
              (Element) row.appendChild(document.createElement(entry.getValue().fields().get(i)));
          if (!values.get(i).isEmpty()) {
            cell.appendChild(document.createCDATASection(values.get(i)));
          }
        }
      }
    }
    Transformer transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(out));
    return out.toString();
  }

  private void text(Node parent, String name, String value) {
    parent.appendChild(document.createElement(name)).appendChild(document.createTextNode(value));
  }
}
