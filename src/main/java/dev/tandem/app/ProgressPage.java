package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * The run under way: a progress bar and the live counts (rows read, clients scored, reports
 * written), polled by the page's script twice a second, and a cancel button. When the run ends the
 * script opens the results.
 */
final class ProgressPage {

  private final Workspace workspace;

  ProgressPage(Workspace workspace) {
    this.workspace = workspace;
  }

  void show(HttpExchange exchange) throws IOException {
    if (workspace.job().isEmpty()) {
      Http.redirect(exchange, Section.CREATE.path);
      return;
    }
    String body =
        "<div id=\"progress\" data-status=\"/progress.json\" data-done=\"/results\">"
            + "<label for=\"bar\">Reports written</label><progress id=\"bar\" max=\"1\" value=\"0\"></progress>"
            + "<dl class=\"counts\" aria-live=\"polite\"><dt>Rows read</dt><dd id=\"rows\">0</dd>"
            + "<dt>Clients scored</dt><dd id=\"clients\">0</dd>"
            + "<dt>Reports written</dt><dd id=\"reports\">0</dd></dl></div>"
            + "<form method=\"post\" action=\"/cancel\"><button type=\"submit\" class=\"secondary\">Cancel</button></form>"
            + "<p><a href=\"/results\">See the results</a> (when the reports are written).</p>";
    Http.html(exchange, 200, Layout.page(Section.CREATE, "Creating reports", body));
  }

  void status(HttpExchange exchange) throws IOException {
    Http.json(exchange, workspace.job().map(ReportJob::json).orElse("{\"state\":\"none\"}"));
  }

  void cancel(HttpExchange exchange) throws IOException {
    workspace.job().ifPresent(ReportJob::cancel);
    Http.redirect(exchange, Section.RESULTS.path);
  }
}
