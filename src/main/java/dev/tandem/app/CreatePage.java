package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.ingest.ImportException;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.pipeline.ReportRun;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.OutputFormat;
import dev.tandem.report.Paper;
import dev.tandem.report.ReportNames;
import dev.tandem.report.ReportOptions;
import dev.tandem.report.output.PseudonymKey;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.scoring.Pseudonyms;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Create reports: the options of {@code tandem run} as a form (questionnaires, paper, formats, a
 * password typed twice, pseudonyms), then the run with live counts and a cancel button. The
 * password lives only in the request that starts the run; it is never stored, shown or logged.
 */
final class CreatePage {

  /**
   * Where the pseudonym key goes: inside the reports folder, apart from the reports, left out of
   * "Download all".
   */
  static final String KEY_FOLDER = "key";

  private final Workspace workspace;

  CreatePage(Workspace workspace) {
    this.workspace = workspace;
  }

  void show(HttpExchange exchange) throws IOException {
    Http.html(exchange, 200, form(workspace.takeProblems()));
  }

  private String form(List<String> problems) {
    StringBuilder body = new StringBuilder(Layout.errorSummary(problems));
    List<Workspace.Upload> uploads = workspace.uploads();
    if (uploads.isEmpty()) {
      body.append("<p>Add the exports first: <a href=\"/responses\">Add responses</a>.</p>");
      return Layout.page(Section.CREATE, "Create reports", body.toString());
    }
    List<String> present = present(uploads);
    body.append("<p>Reading ")
        .append(uploads.size())
        .append(uploads.size() == 1 ? " file" : " files")
        .append(". Reports go to ")
        .append(Html.text(workspace.output.toString()))
        .append(".</p>")
        .append(
            "<form method=\"post\" action=\"/create\" id=\"create\"><fieldset><legend>Questionnaires</legend>");
    for (Questionnaire q : workspace.questionnaires()) {
      boolean found = present.contains(q.id());
      body.append("<div class=\"choice\"><input type=\"checkbox\" name=\"questionnaire\" id=\"q-")
          .append(Html.text(q.id()))
          .append("\" value=\"")
          .append(Html.text(q.id()))
          .append('"')
          .append(found ? " checked" : "")
          .append("><label for=\"q-")
          .append(Html.text(q.id()))
          .append("\">")
          .append(Html.text(q.title()))
          .append(found ? "" : " (not in these files)")
          .append("</label></div>");
    }
    Paper usual = Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT));
    body.append("</fieldset><fieldset><legend>Paper</legend>");
    for (Paper paper : Paper.values()) {
      String id = "paper-" + paper.name().toLowerCase(Locale.ROOT);
      body.append("<div class=\"choice\"><input type=\"radio\" name=\"paper\" id=\"")
          .append(id)
          .append("\" value=\"")
          .append(paper.name())
          .append('"')
          .append(paper == usual ? " checked" : "")
          .append("><label for=\"")
          .append(id)
          .append("\">")
          .append(paper == Paper.A4 ? "A4" : "US Letter")
          .append("</label></div>");
    }
    body.append(
        "</fieldset><div class=\"field\"><label for=\"format\">Client and couple reports as</label>"
            + "<select id=\"format\" name=\"format\"><option value=\"both\">PDF and Excel</option>"
            + "<option value=\"pdf\">PDF only</option><option value=\"xlsx\">Excel only</option></select></div>"
            + "<fieldset><legend>Protection</legend>"
            + "<div class=\"field\"><label for=\"password\">Password for every report (optional)</label>"
            + "<p class=\"hint\" id=\"password-hint\">Leave empty for reports without a password. Tandem does not keep"
            + " it: note it somewhere safe.</p><input type=\"password\" id=\"password\" name=\"password\""
            + " autocomplete=\"new-password\" aria-describedby=\"password-hint\"></div>"
            + "<div class=\"field\"><label for=\"password2\">The same password again</label>"
            + "<input type=\"password\" id=\"password2\" name=\"password2\" autocomplete=\"new-password\"></div>"
            + "<div class=\"choice\"><input type=\"checkbox\" name=\"pseudonyms\" id=\"pseudonyms\" value=\"on\""
            + " aria-describedby=\"pseudonyms-hint\"><label for=\"pseudonyms\">Show client codes instead of names</label>"
            + "<p class=\"hint\" id=\"pseudonyms-hint\">The key from codes to names goes to the folder \""
            + KEY_FOLDER
            + "\" in the reports folder; keep it apart from the reports you pass on.</p></div></fieldset>"
            + "<button type=\"submit\">Create reports</button></form>");
    return Layout.page(Section.CREATE, "Create reports", body.toString());
  }

  /** Starts the run from the form, or shows the form again with every problem. */
  void create(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    List<String> problems = new ArrayList<>();
    List<String> chosen = form.getOrDefault("questionnaire", List.of());
    List<Questionnaire> questionnaires =
        workspace.questionnaires().stream().filter(q -> chosen.contains(q.id())).toList();
    if (workspace.uploads().isEmpty()) {
      problems.add("Add at least one export first.");
    }
    if (questionnaires.isEmpty()) {
      problems.add("Choose at least one questionnaire.");
    }
    String password = Http.first(form, "password");
    if (!password.equals(Http.first(form, "password2"))) {
      problems.add("The two passwords differ: type the same password in both boxes.");
    }
    if (!problems.isEmpty()) {
      Http.html(exchange, 400, form(problems));
      return;
    }
    Pseudonyms secret = Pseudonyms.loadOrCreate(Pseudonyms.defaultSecretFile());
    Optional<Pseudonyms> pseudonyms =
        "on".equals(Http.first(form, "pseudonyms")) ? Optional.of(secret) : Optional.empty();
    Optional<ReportPassword> reportPassword =
        password.isEmpty() ? Optional.empty() : Optional.of(ReportPassword.of(password));
    Optional<Path> keyFile =
        pseudonyms.map(p -> workspace.output.resolve(KEY_FOLDER).resolve("tandem-key.xlsx"));
    PseudonymKey.Entries earlierKey =
        keyFile
            .map(file -> PseudonymKey.read(file, reportPassword))
            .orElse(new PseudonymKey.Entries(List.of(), List.of()));
    ReportOptions options =
        ReportOptions.defaults(workspace.output)
            .withPaper(paper(Http.first(form, "paper")))
            .withFormats(formats(Http.first(form, "format")))
            .withPassword(reportPassword)
            .withNames(ReportNames.keyedWith(secret));
    List<Path> inputs = workspace.uploads().stream().map(Workspace.Upload::file).toList();
    ReportRun.Request request =
        new ReportRun.Request(
            ResponseSource.of(inputs, questionnaires, workspace.importOptions()),
            questionnaires,
            workspace.couplePatterns(),
            options,
            pseudonyms,
            keyFile,
            earlierKey);
    workspace.start(ReportJob.start(request, workspace::plain));
    Http.redirect(exchange, "/progress");
  }

  private List<String> present(List<Workspace.Upload> uploads) {
    try {
      return Importer.detect(
              uploads.stream().map(Workspace.Upload::file).toList(),
              workspace.questionnaires(),
              workspace.importOptions())
          .questionnaireIds();
    } catch (ImportException e) {
      return List.of();
    }
  }

  private static Paper paper(String value) {
    return "LETTER".equals(value) ? Paper.LETTER : Paper.A4;
  }

  private static Set<OutputFormat> formats(String value) {
    return switch (value) {
      case "pdf" -> EnumSet.of(OutputFormat.PDF);
      case "xlsx" -> EnumSet.of(OutputFormat.XLSX);
      default -> EnumSet.allOf(OutputFormat.class);
    };
  }
}
