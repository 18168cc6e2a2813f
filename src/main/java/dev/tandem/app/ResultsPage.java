package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.PatternMatch;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Rejection;
import dev.tandem.pipeline.ReportRun;
import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Results of the latest run: the row accounting with every rejected row and its reason, the clients
 * with each scale score coloured by its band (sortable and filterable by the page's script), the
 * couples with the patterns that fired, a client's PDF report inline, and every report as one zip.
 * Only files the run itself wrote are served; no path comes from the request.
 */
final class ResultsPage {

  private final Workspace workspace;

  ResultsPage(Workspace workspace) {
    this.workspace = workspace;
  }

  void show(HttpExchange exchange) throws IOException {
    Optional<ReportJob> job = workspace.job();
    String body;
    if (job.isEmpty()) {
      body =
          "<p>No reports yet: <a href=\"/responses\">add responses</a>, then create the reports.</p>";
    } else {
      body =
          switch (job.get().state()) {
            case RUNNING ->
                job.get()
                    .analysed()
                    .map(analysed -> results(analysed, Optional.empty(), job.get()))
                    .orElse(
                        "<p>The reports are being created. <a href=\"/progress\">See the progress</a>.</p>");
            case CANCELLED ->
                "<p>The run was cancelled. The reports written before that are whole; the others were"
                    + " not begun. <a href=\"/create\">Create the reports again</a>.</p>";
            case FAILED ->
                Layout.errorSummary(List.of(job.get().problem()))
                    + "<p>No report was written for this run. <a href=\"/responses\">Check the files</a>.</p>";
            case DONE -> {
              ReportRun.Outcome outcome = job.get().outcome().orElseThrow();
              yield results(
                  new ReportJob.Analysed(outcome.reported(), outcome.couples()),
                  Optional.of(outcome),
                  job.get());
            }
          };
    }
    Http.html(exchange, 200, Layout.page(Section.RESULTS, "Results", body));
  }

  /**
   * The results; the reports' links and notes once {@code outcome} is there, while it is not a live
   * status.
   */
  private String results(
      ReportJob.Analysed analysed, Optional<ReportRun.Outcome> outcome, ReportJob job) {
    ImportResult imported = analysed.reported().imported();
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"accounting\"><strong id=\"rows-read\">")
        .append(imported.rowsRead())
        .append("</strong> rows read: <strong>")
        .append(imported.responses().size())
        .append("</strong> scored, <strong>")
        .append(imported.rejectedRows())
        .append("</strong> rejected.</p>");
    if (outcome.isEmpty()) {
      html.append(
          "<p id=\"writing\" role=\"status\" data-status=\"/progress.json\">The reports are being written;"
              + " their links appear here when they are done. <a href=\"/progress\">See the progress</a>.</p>");
    } else {
      ReportRun.Written written = outcome.get().written();
      html.append("<p>")
          .append(written.clients())
          .append(" client reports and ")
          .append(written.couples())
          .append(" couple reports written in ")
          .append(String.format(Locale.ROOT, "%.1f", job.millis() / 1000.0))
          .append(
              " s.</p><p><a class=\"button\" href=\"/download/reports.zip\">Download all reports (zip)</a></p>");
      written
          .failures()
          .forEach(
              failure ->
                  html.append("<p class=\"warning\">Not written: ")
                      .append(Html.text(workspace.plain(failure)))
                      .append("</p>"));
      outcome
          .get()
          .key()
          .ifPresent(
              key ->
                  html.append("<p class=\"note\">The key from client codes to names is")
                      .append(" in the folder \"")
                      .append(CreatePage.KEY_FOLDER)
                      .append("\": keep it apart from the reports.</p>"));
    }
    html.append(rejections(imported));
    html.append(clients(analysed.reported(), outcome));
    html.append(couples(analysed.couples()));
    return html.toString();
  }

  private String rejections(ImportResult imported) {
    if (imported.rejections().isEmpty()) {
      return "<h2>Rejected rows</h2><p>None: every row was scored.</p>";
    }
    StringBuilder html =
        new StringBuilder(
            "<h2>Rejected rows and answers</h2><table><thead><tr>"
                + "<th scope=\"col\">File</th><th scope=\"col\">Line</th><th scope=\"col\">Column</th>"
                + "<th scope=\"col\">What</th><th scope=\"col\">Why</th><th scope=\"col\">What to do</th></tr></thead><tbody>");
    for (Rejection rejection : imported.rejections()) {
      html.append("<tr><td>")
          .append(Html.text(rejection.position().file().getFileName().toString()))
          .append("</td><td>")
          .append(rejection.position().line())
          .append("</td><td>")
          .append(Html.text(rejection.column()))
          .append("</td><td>")
          .append(rejection.rejectsRow() ? "row rejected" : "answer set aside")
          .append("</td><td>")
          .append(Html.text(rejection.reason()))
          .append("</td><td>")
          .append(Html.text(rejection.action()))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private String clients(ScoredCohort reported, Optional<ReportRun.Outcome> outcome) {
    List<Client> clients = reported.clients();
    List<Questionnaire> questionnaires = reported.questionnaires();
    StringBuilder html =
        new StringBuilder(
                "<h2>Clients</h2><div class=\"field\"><label for=\"filter\">"
                    + "Show only clients whose row contains</label><input type=\"search\" id=\"filter\" data-filter=\"clients\">"
                    + "</div><table id=\"clients\" class=\"sortable\"><caption>")
            .append(clients.size())
            .append(
                " clients; choose a column heading to sort</caption><thead><tr>"
                    + "<th scope=\"col\">Client</th><th scope=\"col\">Couple</th><th scope=\"col\">Last assessed</th>");
    for (Questionnaire q : questionnaires) {
      for (Scale scale : q.scales()) {
        html.append("<th scope=\"col\">").append(Html.text(scale.name())).append("</th>");
      }
    }
    html.append("<th scope=\"col\">Report</th></tr></thead><tbody>");
    for (int i = 0; i < clients.size(); i++) {
      Client client = clients.get(i);
      Assessment latest = client.latest();
      html.append("<tr><th scope=\"row\">")
          .append(Html.text(client.name().orElse(client.id())))
          .append("</th><td>")
          .append(Html.text(client.coupleCode().orElse("")))
          .append("</td><td>")
          .append(
              Html.text(latest.submitted().map(time -> time.toLocalDate().toString()).orElse("")))
          .append("</td>");
      for (Questionnaire q : questionnaires) {
        for (Scale scale : q.scales()) {
          html.append(cell(latest.scale(q.id(), scale.id()), scale));
        }
      }
      html.append("<td>")
          .append(
              outcome.flatMap(done -> pdf(done, client)).isPresent()
                  ? "<a href=\"/report/"
                      + i
                      + "\">Open<span class=\"visually-hidden\"> report of "
                      + Html.text(client.name().orElse(client.id()))
                      + "</span></a>"
                  : "")
          .append("</td></tr>");
    }
    return html.append("</tbody></table>").toString();
  }

  private static String cell(Optional<ScaleScore> score, Scale scale) {
    if (score.isEmpty() || !score.get().isScored()) {
      return "<td data-sort=\"\">–</td>";
    }
    double value = score.get().value().getAsDouble();
    Optional<Band> band = score.get().band();
    int index = band.map(scale.bands()::indexOf).orElse(-1);
    String shade =
        index < 0 ? "" : " class=\"band band-" + shade(index, scale.bands().size()) + "\"";
    return "<td data-sort=\""
        + value
        + "\""
        + shade
        + ">"
        + String.format(Locale.ROOT, "%.2f", value)
        + band.map(b -> " <span class=\"band-label\">" + Html.text(b.label()) + "</span>")
            .orElse("")
        + "</td>";
  }

  /** low, mid or high: where a band sits among its scale's bands. */
  private static String shade(int index, int bands) {
    if (index == 0) {
      return "low";
    }
    return index == bands - 1 ? "high" : "mid";
  }

  private String couples(CouplesAnalysis couples) {
    if (couples.couples().isEmpty()) {
      return "<h2>Couples</h2><p>No couple was compared.</p>";
    }
    StringBuilder html = new StringBuilder("<h2>Couples</h2><ul class=\"couples\">");
    for (CouplesAnalysis.CoupleResult couple : couples.couples()) {
      html.append("<li><strong>").append(Html.text(couple.couple().code())).append("</strong>: ");
      List<PatternMatch> fired = couple.patterns().fired();
      if (fired.isEmpty()) {
        html.append("no pattern fired");
      } else {
        html.append(
            String.join(
                "; ", fired.stream().map(match -> Html.text(match.pattern().name())).toList()));
      }
      html.append("</li>");
    }
    return html.append("</ul>").toString();
  }

  /** A client's report page: the PDF inline. */
  void report(HttpExchange exchange) throws IOException {
    ReportRun.Outcome outcome = finished();
    int index = index(exchange, outcome);
    Client client = outcome.reported().clients().get(index);
    String name = client.name().orElse(client.id());
    String body =
        "<p><a href=\"/results\">Back to the results</a></p>"
            + "<iframe class=\"report\" src=\"/report/"
            + index
            + ".pdf\" title=\"Report of "
            + Html.text(name)
            + "\">"
            + "</iframe><p><a href=\"/report/"
            + index
            + ".pdf\">Open the PDF on its own</a></p>";
    Http.html(exchange, 200, Layout.page(Section.RESULTS, "Report of " + name, body));
  }

  void reportPdf(HttpExchange exchange) throws IOException {
    ReportRun.Outcome outcome = finished();
    Client client = outcome.reported().clients().get(index(exchange, outcome));
    Path file =
        pdf(outcome, client)
            .orElseThrow(() -> new Http.Refused(404, "This client has no PDF report."));
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "inline; filename=\"" + file.getFileName() + "\"");
    Http.bytes(exchange, 200, "application/pdf", Files.readAllBytes(file));
  }

  /**
   * Every file in the reports folder but the app's own, the manifest and the pseudonym key, as one
   * zip.
   */
  void zip(HttpExchange exchange) throws IOException {
    finished();
    exchange.getResponseHeaders().set("Content-Type", "application/zip");
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"tandem-reports.zip\"");
    exchange.sendResponseHeaders(200, 0);
    Path output = workspace.output;
    try (OutputStream body = exchange.getResponseBody();
        ZipOutputStream zip = new ZipOutputStream(body);
        Stream<Path> files = Files.walk(output)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        Path relative = output.relativize(file);
        boolean hidden = false;
        for (Path part : relative) {
          hidden |= part.toString().startsWith(".");
        }
        if (hidden || relative.startsWith(CreatePage.KEY_FOLDER)) {
          continue;
        }
        zip.putNextEntry(new ZipEntry(relative.toString().replace('\\', '/')));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private ReportRun.Outcome finished() {
    return workspace
        .job()
        .flatMap(ReportJob::outcome)
        .orElseThrow(() -> new Http.Refused(404, "There are no reports yet: create them first."));
  }

  private static int index(HttpExchange exchange, ReportRun.Outcome outcome) {
    String last =
        exchange
            .getRequestURI()
            .getPath()
            .replaceFirst("^/report/", "")
            .replaceFirst("\\.pdf$", "");
    try {
      int index = Integer.parseInt(last);
      if (index >= 0 && index < outcome.reported().clients().size()) {
        return index;
      }
    } catch (NumberFormatException e) {
      // falls through to the refusal
    }
    throw new Http.Refused(404, "There is no such report.");
  }

  private static Optional<Path> pdf(ReportRun.Outcome outcome, Client client) {
    return outcome.written().clientFiles().getOrDefault(client.id(), List.of()).stream()
        .filter(file -> file.getFileName().toString().endsWith(".pdf"))
        .findFirst();
  }
}
