package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.questionnaire.Scale;
import dev.tandem.report.BlankQuestionnaireWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Questionnaires: each definition as a page a coach reads (statements, reversed marks, scales and
 * bands), a definition pasted in checked with every problem at its line and column, and the blank
 * printable questionnaire to download.
 */
final class QuestionnairesPage {

  private static final String BLANK_SUFFIX = "/blank.xlsx";

  private final Workspace workspace;

  QuestionnairesPage(Workspace workspace) {
    this.workspace = workspace;
  }

  void list(HttpExchange exchange) throws IOException {
    StringBuilder body = new StringBuilder("<ul class=\"questionnaires\">");
    for (Questionnaire q : workspace.questionnaires()) {
      body.append("<li><a href=\"/questionnaires/")
          .append(Html.text(q.id()))
          .append("\">")
          .append(Html.text(q.title()))
          .append("</a> (")
          .append(q.items().size())
          .append(" statements, ")
          .append(q.scales().size())
          .append(q.scales().size() == 1 ? " scale" : " scales")
          .append(")</li>");
    }
    body.append("</ul>").append(checkForm(""));
    Http.html(
        exchange, 200, Layout.page(Section.QUESTIONNAIRES, "Questionnaires", body.toString()));
  }

  /** One definition's page, or its blank questionnaire as a workbook. */
  void show(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath().substring("/questionnaires/".length());
    boolean blank = path.endsWith(BLANK_SUFFIX);
    String id = blank ? path.substring(0, path.length() - BLANK_SUFFIX.length()) : path;
    Questionnaire questionnaire =
        workspace.questionnaires().stream()
            .filter(q -> q.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new Http.Refused(404, "There is no questionnaire with that name."));
    if (blank) {
      Path file = workspace.scratch(questionnaire.id() + "-blank.xlsx");
      BlankQuestionnaireWorkbook.write(questionnaire, file);
      exchange
          .getResponseHeaders()
          .set("Content-Disposition", "attachment; filename=\"" + file.getFileName() + "\"");
      Http.bytes(
          exchange,
          200,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          Files.readAllBytes(file));
      return;
    }
    String body =
        "<p><a class=\"button\" href=\"/questionnaires/"
            + Html.text(id)
            + BLANK_SUFFIX
            + "\">Download the blank questionnaire (Excel, printable)</a></p>"
            + describe(questionnaire);
    Http.html(exchange, 200, Layout.page(Section.QUESTIONNAIRES, questionnaire.title(), body));
  }

  /**
   * Checks a definition the coach pasted or edited: every problem at its line and column, or the
   * page it makes.
   */
  void check(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String yaml = Http.first(form, "definition");
    Path file = workspace.scratch("definition.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    String result;
    int status = 200;
    try {
      Questionnaire questionnaire = QuestionnaireLoader.load(file);
      result =
          "<div class=\"success\" role=\"status\"><h2>This definition is correct</h2></div>"
              + describe(questionnaire);
    } catch (DefinitionException e) {
      status = 400;
      StringBuilder problems =
          new StringBuilder(
              "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\""
                  + " id=\"error-summary\"><h2>There is a problem</h2><ul>");
      for (Problem problem : e.problems()) {
        problems
            .append("<li>Line ")
            .append(problem.position().line())
            .append(", column ")
            .append(problem.position().column())
            .append(": ")
            .append(Html.text(problem.message()))
            .append("</li>");
      }
      result = problems.append("</ul></div>").toString();
    }
    Http.html(
        exchange,
        status,
        Layout.page(Section.QUESTIONNAIRES, "Check a definition", result + checkForm(yaml)));
  }

  private static String checkForm(String yaml) {
    return "<h2>Check a definition</h2><form method=\"post\" action=\"/questionnaires/check\">"
        + "<div class=\"field\"><label for=\"definition\">Definition (YAML)</label><p class=\"hint\" id=\"definition-hint\">"
        + "Paste a definition, or choose a file; Tandem lists every problem with its line and column.</p>"
        + "<input type=\"file\" id=\"definition-file\" accept=\".yaml,.yml\" data-fills=\"definition\""
        + " aria-label=\"Definition file\">"
        + "<textarea id=\"definition\" name=\"definition\" rows=\"16\" spellcheck=\"false\""
        + " aria-describedby=\"definition-hint\">"
        + Html.text(yaml)
        + "</textarea></div>"
        + "<button type=\"submit\">Check</button></form>";
  }

  private static String describe(Questionnaire questionnaire) {
    StringBuilder html = new StringBuilder();
    if (questionnaire.instructions() != null && !questionnaire.instructions().isBlank()) {
      html.append("<p>").append(Html.text(questionnaire.instructions())).append("</p>");
    }
    html.append("<h2>Answers</h2><p>");
    for (int value = questionnaire.responseScale().min();
        value <= questionnaire.responseScale().max();
        value++) {
      html.append(value)
          .append(" = ")
          .append(Html.text(questionnaire.responseScale().label(value)))
          .append(value < questionnaire.responseScale().max() ? "; " : "");
    }
    html.append("</p><h2>Statements</h2><ol class=\"statements\">");
    for (Item item : questionnaire.items()) {
      html.append("<li>")
          .append(Html.text(item.text()))
          .append(" <span class=\"tag\">")
          .append(Html.text(item.scaleId()))
          .append("</span>")
          .append(item.reversed() ? " <span class=\"tag reversed\">reversed</span>" : "")
          .append("</li>");
    }
    html.append("</ol><h2>Scales</h2>");
    for (Scale scale : questionnaire.scales()) {
      html.append("<h3>").append(Html.text(scale.name())).append("</h3>");
      if (scale.measures() != null && !scale.measures().isBlank()) {
        html.append("<p>").append(Html.text(scale.measures())).append("</p>");
      }
      html.append("<table><caption>Bands of ")
          .append(Html.text(scale.name()))
          .append(
              "</caption><thead><tr>"
                  + "<th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Band</th>"
                  + "<th scope=\"col\">Guidance</th></tr></thead><tbody>");
      for (Band band : scale.bands()) {
        html.append("<tr><td>")
            .append(number(band.from()))
            .append("</td><td>")
            .append(number(band.to()))
            .append("</td><td>")
            .append(Html.text(band.label()))
            .append("</td><td>")
            .append(Html.text(band.guidance() == null ? "" : band.guidance()))
            .append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    return html.toString();
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
