package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.ImportReport;
import dev.tandem.store.PracticeStore;
import dev.tandem.store.StoreException;
import dev.tandem.store.StoredAssessment;
import dev.tandem.store.StoredClient;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Practice: the coach opens (or creates) the practice store with the practice password, sees every
 * stored client with their history and when they are due again, imports the exports added in the
 * app, and starts an assessment in the session for a client.
 */
final class PracticePage {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final Workspace workspace;
  private final Practice practice;

  PracticePage(Workspace workspace, Practice practice) {
    this.workspace = workspace;
    this.practice = practice;
  }

  void show(HttpExchange exchange) throws IOException {
    StringBuilder body = new StringBuilder(Layout.errorSummary(workspace.takeProblems()));
    body.append(Layout.notice(workspace.takeNotice()));
    if (practice.store().isEmpty()) {
      body.append(openForm());
    } else {
      List<Questionnaire> questionnaires = workspace.questionnaires();
      List<StoredClient> clients = practice.open().clients(Practice.schedule(questionnaires));
      body.append(clientTable(clients))
          .append(importForm())
          .append(startForm(clients, questionnaires));
    }
    Http.html(exchange, 200, Layout.page(Section.PRACTICE, "Practice", body.toString()));
  }

  /** Opens or creates the store with the password typed in the page (twice for a new store). */
  void open(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String password = Http.first(form, "password");
    if (password.isEmpty()) {
      throw new Http.Refused(400, "Type the practice password to open the practice store.");
    }
    if (!practice.exists() && !password.equals(Http.first(form, "confirm"))) {
      workspace.flash(
          List.of("The two passwords differ: type the same new practice password twice."));
      Http.redirect(exchange, Section.PRACTICE.path);
      return;
    }
    try {
      practice.open(password.toCharArray());
    } catch (Http.Refused refused) {
      workspace.flash(List.of(refused.getMessage()));
    }
    Http.redirect(exchange, Section.PRACTICE.path);
  }

  /** Imports every export added on the Add responses page into the store. */
  void importAdded(HttpExchange exchange) throws IOException {
    PracticeStore store = practice.open();
    List<Workspace.Upload> uploads = workspace.uploads();
    if (uploads.isEmpty()) {
      throw new Http.Refused(
          409, "No exports are added yet: add them on the Add responses page first.");
    }
    List<String> problems = new ArrayList<>();
    ImportReport report;
    try {
      report =
          store.importFiles(
              uploads.stream().map(Workspace.Upload::file).toList(),
              workspace.questionnaires(),
              workspace.importOptions(),
              rejection -> {
                if (rejection.scope() == Rejection.Scope.ROW) {
                  problems.add(workspace.plain(rejection.toString()));
                }
              },
              conflict -> problems.add(workspace.plain(conflict.toString())));
    } catch (StoreException e) {
      throw new Http.Refused(
          500, "The import into the practice store failed: " + workspace.plain(e.getMessage()));
    }
    workspace.flash(problems);
    workspace.notice(report.summary().accounting() + ". " + report.storeAccounting() + ".");
    Http.redirect(exchange, Section.PRACTICE.path);
  }

  private String openForm() {
    boolean exists = practice.exists();
    StringBuilder html =
        new StringBuilder(
                "<p>Your practice store keeps your clients' responses over months,"
                    + " encrypted with the practice password, in the folder <code>")
            .append(Html.text(practice.folder().toString()))
            .append("</code>.</p>");
    html.append("<form method=\"post\" action=\"/practice/open\" class=\"panel\"><h2>")
        .append(exists ? "Open the practice store" : "Create the practice store")
        .append("</h2>");
    if (!exists) {
      html.append(
          "<p>There is no store in this folder yet. Choose a practice password: without it nobody,"
              + " including you, can read the store. Keep it somewhere safe.</p>");
    }
    html.append(
            "<label for=\"password\">Practice password</label>"
                + "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"")
        .append(exists ? "current-password" : "new-password")
        .append("\" required>");
    if (!exists) {
      html.append(
          "<label for=\"confirm\">The same password again</label>"
              + "<input type=\"password\" id=\"confirm\" name=\"confirm\" autocomplete=\"new-password\" required>");
    }
    return html.append("<button type=\"submit\">")
        .append(exists ? "Open the store" : "Create the store")
        .append("</button></form>")
        .toString();
  }

  private static String clientTable(List<StoredClient> clients) {
    if (clients.isEmpty()) {
      return "<p>The store holds no client yet. Import exports, or start an assessment below.</p>";
    }
    LocalDate today = LocalDate.now();
    StringBuilder html =
        new StringBuilder(
            "<table id=\"practice-clients\"><caption>Clients in the practice store"
                + "</caption><thead><tr><th scope=\"col\">Client</th><th scope=\"col\">Name</th><th scope=\"col\">Couple</th>"
                + "<th scope=\"col\">History</th><th scope=\"col\">Due again</th></tr></thead><tbody>");
    for (StoredClient client : clients) {
      html.append("<tr><th scope=\"row\">")
          .append(Html.text(client.respondentId()))
          .append("</th><td>")
          .append(Html.text(client.name().orElse("–")))
          .append("</td><td>")
          .append(Html.text(client.coupleCode().orElse("–")))
          .append("</td><td><ul class=\"history\">");
      for (StoredAssessment assessment : client.history()) {
        html.append("<li>")
            .append(Html.text(assessment.questionnaireId()))
            .append(", ")
            .append(
                assessment
                    .submitted()
                    .map(time -> DAY.format(time.toLocalDate()))
                    .orElse("undated"))
            .append(", ")
            .append(Html.text(assessment.sourceFile().getFileName().toString()))
            .append("</li>");
      }
      html.append("</ul></td><td>")
          .append(
              client
                  .due()
                  .map(day -> DAY.format(day) + (day.isBefore(today) ? " (overdue)" : ""))
                  .orElse("–"))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private String importForm() {
    int added = workspace.uploads().size();
    if (added == 0) {
      return "<p>To add exports to the store, add them on the <a href=\"/responses\">Add responses</a> page"
          + " first.</p>";
    }
    return "<form method=\"post\" action=\"/practice/import\"><button type=\"submit\">Import the "
        + added
        + (added == 1 ? " export" : " exports")
        + " added into the store</button></form>";
  }

  private static String startForm(List<StoredClient> clients, List<Questionnaire> questionnaires) {
    StringBuilder html =
        new StringBuilder(
            "<form method=\"post\" action=\"/assessment/start\" class=\"panel\">"
                + "<h2>Start an assessment</h2><p>The client answers on this device. Tandem shows them the questionnaire"
                + " only, saves each answer as it is given, and thanks them at the end without scores. To come back to"
                + " this page, open Tandem again with the address it printed when it started.</p>"
                + "<fieldset><legend>Client</legend>");
    clientChoice(html, clients, "client", "code", "A new client (type their code below)");
    html.append(
        "</fieldset><fieldset><legend>Second partner (optional)</legend><p class=\"hint\">For a couple"
            + " on this device: when the client above finishes, their page asks them to hand the device"
            + " over, and the second partner answers on a page of their own.</p>");
    clientChoice(html, clients, "partner", "partner-code", "No second partner, or a new one");
    html.append(
        "</fieldset><label for=\"couple\">Couple code (needed for a second partner)</label>"
            + "<span class=\"hint\" id=\"couple-hint\">Partners who answer one after the other get the same couple code."
            + "</span><input type=\"text\" id=\"couple\" name=\"couple\" aria-describedby=\"couple-hint\""
            + " autocomplete=\"off\"><label for=\"questionnaire\">Questionnaire</label>"
            + "<select id=\"questionnaire\" name=\"questionnaire\">");
    for (Questionnaire questionnaire : questionnaires) {
      html.append("<option value=\"")
          .append(Html.text(questionnaire.id()))
          .append("\">")
          .append(Html.text(questionnaire.title()))
          .append("</option>");
    }
    return html.append("</select><button type=\"submit\">Start the assessment</button></form>")
        .toString();
  }

  /** A stored client to choose, or a new client's code to type. */
  private static void clientChoice(
      StringBuilder html, List<StoredClient> clients, String list, String code, String none) {
    html.append("<label for=\"")
        .append(list)
        .append("\">Stored client</label><select id=\"")
        .append(list)
        .append("\" name=\"")
        .append(list)
        .append("\"><option value=\"\">")
        .append(Html.text(none))
        .append("</option>");
    for (StoredClient client : clients) {
      html.append("<option value=\"")
          .append(Html.text(client.respondentId()))
          .append("\">")
          .append(
              Html.text(
                  client.respondentId() + client.name().map(name -> " (" + name + ")").orElse("")))
          .append("</option>");
    }
    html.append("</select><label for=\"")
        .append(code)
        .append("\">New client's code</label><span class=\"hint\" id=\"")
        .append(code)
        .append("-hint\">A code, not a name: it is what the store and reports show.</span>")
        .append("<input type=\"text\" id=\"")
        .append(code)
        .append("\" name=\"")
        .append(code)
        .append("\" aria-describedby=\"")
        .append(code)
        .append("-hint\" autocomplete=\"off\">");
  }
}
