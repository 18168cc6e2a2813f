package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.ingest.ColumnMatch;
import dev.tandem.ingest.Detection;
import dev.tandem.ingest.FileLayout;
import dev.tandem.ingest.ImportException;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.questionnaire.Questionnaire;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Add responses: the coach drops or picks exports, and sees for each what {@code tandem validate
 * --explain} shows: layout, encoding, identity columns, every column with its item and how it was
 * matched, and the question columns that matched nothing, then the coach's {@link ColumnChoices}. A
 * file Tandem cannot read is refused with its problem, and nothing is kept of it.
 */
final class ResponsesPage {

  private final Workspace workspace;
  private final ColumnChoices columnChoices;

  ResponsesPage(Workspace workspace, ColumnChoices columnChoices) {
    this.workspace = workspace;
    this.columnChoices = columnChoices;
  }

  void show(HttpExchange exchange) throws IOException {
    List<Questionnaire> questionnaires = workspace.questionnaires();
    StringBuilder body = new StringBuilder(Layout.errorSummary(workspace.takeProblems()));
    body.append(Layout.notice(workspace.takeNotice()));
    body.append(
        "<p>Choose the exports you saved from your survey tool (CSV or Excel). Tandem reads them on this"
            + " computer only; nothing leaves it.</p>"
            + "<form id=\"upload\" class=\"drop\" method=\"post\" action=\"/upload\" enctype=\"multipart/form-data\">"
            + "<label for=\"files\">Exports to add (up to "
            + Workspace.MAX_FILES
            + " files, "
            + Workspace.MAX_FILE_BYTES / (1 << 20)
            + " MB each)</label>"
            + "<p class=\"hint\" id=\"files-hint\">Drag files onto this box, or choose them.</p>"
            + "<input type=\"file\" id=\"files\" name=\"files\" multiple accept=\".csv,.tsv,.txt,.xlsx\""
            + " aria-describedby=\"files-hint\">"
            + "<button type=\"submit\">Add these files</button><p id=\"upload-status\" role=\"status\"></p></form>");
    List<Workspace.Upload> uploads = workspace.uploads();
    if (uploads.isEmpty()) {
      body.append("<p>No exports added yet.</p>");
    } else {
      body.append("<h2>How Tandem reads your files</h2>");
      ImportOptions options = workspace.importOptions();
      List<FileLayout> layouts = new ArrayList<>();
      for (Workspace.Upload upload : uploads) {
        try {
          Detection detection = Importer.detect(List.of(upload.file()), questionnaires, options);
          layouts.add(detection.files().get(0));
          body.append(explain(upload, detection));
        } catch (ImportException e) {
          body.append("<section class=\"file\"><h3>")
              .append(Html.text(upload.name()))
              .append("</h3><p class=\"warning\">")
              .append(Html.text(workspace.plain(e.getMessage())))
              .append(
                  " Change your choices below, or remove the files and add them again.</p></section>");
        }
      }
      body.append(columnChoices.form(layouts, questionnaires))
          .append(
              "<p><a class=\"button\" href=\"/create\">Next: create reports</a></p>"
                  + "<form method=\"post\" action=\"/files/clear\"><button type=\"submit\" class=\"secondary\">"
                  + "Remove all files</button></form>");
    }
    Http.html(exchange, 200, Layout.page(Section.RESPONSES, "Add responses", body.toString()));
  }

  /** Keeps one export sent by the page's script (the body is the file; its name in a header). */
  void upload(HttpExchange exchange) throws IOException {
    String name = Http.decode(String.valueOf(exchange.getRequestHeaders().getFirst("X-File-Name")));
    byte[] content = Http.body(exchange, Workspace.MAX_FILE_BYTES);
    Workspace.Upload upload;
    try {
      upload = workspace.keep(name, content);
    } catch (Http.Refused refused) {
      workspace.flash(List.of(refused.getMessage()));
      Http.json(exchange, "{\"ok\":false}");
      return;
    }
    try {
      Importer.detect(List.of(upload.file()), workspace.questionnaires(), ImportOptions.defaults());
      Http.json(exchange, "{\"ok\":true}");
    } catch (ImportException e) {
      workspace.remove(upload);
      workspace.flash(List.of(workspace.plain(e.getMessage()) + " The file was not added."));
      Http.json(exchange, "{\"ok\":false}");
    }
  }

  void clear(HttpExchange exchange) throws IOException {
    workspace.removeAll();
    Http.redirect(exchange, Section.RESPONSES.path);
  }

  private String explain(Workspace.Upload upload, Detection detection) {
    FileLayout layout = detection.files().get(0);
    StringBuilder html =
        new StringBuilder("<section class=\"file\"><h3>")
            .append(Html.text(upload.name()))
            .append("</h3><dl><dt>Layout</dt><dd>")
            .append(Html.text(layout.layout()))
            .append(", ")
            .append(layout.headerRows())
            .append(layout.headerRows() == 1 ? " header row" : " header rows")
            .append("</dd><dt>Read as</dt><dd>")
            .append(Html.text(layout.format()))
            .append("</dd>")
            .append("<dt>Questionnaires found</dt><dd>")
            .append(
                Html.text(
                    detection.questionnaireIds().isEmpty()
                        ? "none"
                        : String.join(", ", detection.questionnaireIds())))
            .append("</dd><dt>Who answered</dt><dd>");
    if (layout.identity().isEmpty()) {
      html.append("no column says who answered");
    } else {
      html.append("<ul>");
      layout
          .identity()
          .forEach(
              (role, header) ->
                  html.append("<li>")
                      .append(Html.text(role))
                      .append(": \"")
                      .append(Html.text(header))
                      .append("\"</li>"));
      html.append("</ul>");
    }
    html.append("</dd></dl>");
    if (!layout.matches().isEmpty()) {
      html.append(
          "<table><caption>Columns matched to questionnaire items</caption><thead><tr>"
              + "<th scope=\"col\">Column</th><th scope=\"col\">Header</th><th scope=\"col\">Item</th>"
              + "<th scope=\"col\">Matched by</th></tr></thead><tbody>");
      for (ColumnMatch match : layout.matches()) {
        html.append("<tr><td>")
            .append(match.column())
            .append("</td><td>")
            .append(Html.text(match.header()))
            .append("</td><td>")
            .append(Html.text(match.questionnaireId() + "." + match.itemId()))
            .append("</td><td>")
            .append(Html.text(match.how().name().toLowerCase(Locale.ROOT).replace('_', ' ')))
            .append("</td></tr>");
      }
      html.append("</tbody></table>");
    }
    if (!layout.unmatched().isEmpty()) {
      html.append(
          "<div class=\"warning\"><h4>Question columns that match no item</h4><p>These answers are not"
              + " scored. Choose the item each one holds below, or leave them out.</p><ul>");
      for (Map.Entry<Integer, String> column : layout.unmatched().entrySet()) {
        html.append("<li>Column ")
            .append(column.getKey())
            .append(": \"")
            .append(Html.text(column.getValue()))
            .append("\"</li>");
      }
      html.append("</ul></div>");
    }
    layout
        .notes()
        .forEach(
            note ->
                html.append("<p class=\"note\">")
                    .append(Html.text(workspace.plain(note)))
                    .append("</p>"));
    return html.append("</section>").toString();
  }
}
