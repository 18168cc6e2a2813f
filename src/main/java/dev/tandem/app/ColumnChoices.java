package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import dev.tandem.ingest.ColumnMatch;
import dev.tandem.ingest.FileLayout;
import dev.tandem.ingest.ImportException;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.MappingFile;
import dev.tandem.ingest.MatchKind;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.output.PrivateTempDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The coach's column choices on the Add responses page: which columns say who answered (id, couple
 * code, time), and which item each question column Tandem could not match holds. The choices are
 * checked by reading the exports with them (the same import as {@code tandem validate --mapping}),
 * kept as a mapping file that Create reports uses, and offered for download to use again with
 * {@code --mapping}.
 */
final class ColumnChoices {

  /** The name the mapping file is downloaded under. */
  static final String FILE_NAME = "tandem-mapping.yaml";

  /** The form field of a question column: this prefix and the column's key in the mapping. */
  static final String ITEM_FIELD = "item:";

  private static final Map<String, String> ROLE_LABELS =
      Map.of(
          "id", "Client (whose answers each row holds)",
          "couple", "Couple code",
          "time", "When the answers were given");

  private final Workspace workspace;

  ColumnChoices(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The form, for the files as Tandem now reads them. */
  String form(List<FileLayout> layouts, List<Questionnaire> questionnaires) {
    MappingFile chosen = workspace.choices().mapping();
    StringBuilder html =
        new StringBuilder(
            "<form method=\"post\" action=\"/mapping\" id=\"mapping\" class=\"panel\">"
                + "<h2>Your choices for these files</h2><p>Where Tandem guessed wrong or found nothing, choose"
                + " here. Tandem reads every file again with your choices, uses them when it creates the"
                + " reports, and keeps them as a mapping file you can download and use next time.</p>"
                + "<fieldset><legend>Columns that say who answered</legend>");
    List<String> headers = headers(layouts);
    for (String role : MappingFile.ROLES) {
      String selected = chosen.identity().getOrDefault(role, detected(layouts, role));
      html.append("<div class=\"field\"><label for=\"role-")
          .append(role)
          .append("\">")
          .append(Html.text(ROLE_LABELS.get(role)))
          .append("</label><select id=\"role-")
          .append(role)
          .append("\" name=\"")
          .append(role)
          .append("\">")
          .append(option("", "Leave it to Tandem", selected.isEmpty()));
      headers.forEach(header -> html.append(option(header, header, header.equals(selected))));
      html.append("</select></div>");
    }
    html.append("</fieldset>");
    Map<String, String> columns = mappable(layouts);
    if (!columns.isEmpty()) {
      html.append("<fieldset><legend>Question columns that match no item</legend>");
      int number = 0;
      for (Map.Entry<String, String> column : columns.entrySet()) {
        String id = "column-" + ++number;
        String selected = chosen.columns().getOrDefault(column.getKey(), "");
        html.append("<div class=\"field\"><label for=\"")
            .append(id)
            .append("\">")
            .append(Html.text(column.getValue()))
            .append("</label><select id=\"")
            .append(id)
            .append("\" name=\"")
            .append(Html.text(ITEM_FIELD + column.getKey()))
            .append("\">")
            .append(option("", "Not scored", selected.isEmpty()));
        for (Questionnaire questionnaire : questionnaires) {
          html.append("<optgroup label=\"").append(Html.text(questionnaire.title())).append("\">");
          for (Item item : questionnaire.items()) {
            String reference = questionnaire.id() + "." + item.id();
            html.append(
                option(reference, item.id() + ": " + item.text(), reference.equals(selected)));
          }
          html.append("</optgroup>");
        }
        html.append("</select></div>");
      }
      html.append("</fieldset>");
    }
    html.append("<button type=\"submit\">Read the files with these choices</button></form>");
    if (workspace.choices().file().isPresent()) {
      html.append("<p><a href=\"/")
          .append(FILE_NAME)
          .append("\" download=\"")
          .append(FILE_NAME)
          .append(
              "\">Download these choices as a mapping file</a> (for <code>tandem run --mapping ")
          .append(FILE_NAME)
          .append("</code>, or to keep with your exports)</p>");
    }
    return html.toString();
  }

  /**
   * POST /mapping: reads every export with the choices; keeps them when every file reads, else says
   * what stopped it and keeps the earlier choices.
   */
  void save(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    List<Workspace.Upload> uploads = workspace.uploads();
    List<Questionnaire> questionnaires = workspace.questionnaires();
    List<FileLayout> layouts = layouts(uploads, questionnaires, ImportOptions.defaults());
    Set<String> headers = new LinkedHashSet<>(headers(layouts));
    Map<String, String> identity = new LinkedHashMap<>();
    for (String role : MappingFile.ROLES) {
      String header = Http.first(form, role);
      if (!header.isEmpty()) {
        identity.put(role, known(header, headers));
      }
    }
    Set<String> keys = allKeys(layouts);
    Set<String> references = references(questionnaires);
    Map<String, String> columns = new LinkedHashMap<>();
    form.forEach(
        (field, values) -> {
          if (field.startsWith(ITEM_FIELD) && !values.get(0).isEmpty()) {
            columns.put(
                known(field.substring(ITEM_FIELD.length()), keys),
                known(values.get(0), references));
          }
        });
    MappingFile mapping = new MappingFile(identity, columns);
    Path file = workspace.scratch(FILE_NAME);
    Files.writeString(file, mapping.text(), StandardCharsets.UTF_8);
    try {
      layouts(uploads, questionnaires, ImportOptions.defaults().withMapping(file));
    } catch (ImportException | DefinitionException e) {
      PrivateTempDir.deleteTree(file.getParent());
      workspace.flash(
          List.of(
              workspace.plain(e.getMessage())
                  + " Your choices were not kept: change them and read the files again."));
      Http.redirect(exchange, Section.RESPONSES.path + "#mapping");
      return;
    }
    workspace.choose(mapping, file);
    workspace.notice(
        "Tandem read the files with your choices and uses them when it creates the reports.");
    Http.redirect(exchange, Section.RESPONSES.path);
  }

  /** GET /tandem-mapping.yaml: the choices in use, as a mapping file to keep. */
  void download(HttpExchange exchange) throws IOException {
    Path file =
        workspace
            .choices()
            .file()
            .orElseThrow(
                () ->
                    new Http.Refused(
                        404, "No choices are made yet: choose on the Add responses page first."));
    exchange
        .getResponseHeaders()
        .set("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"");
    Http.bytes(exchange, 200, "application/yaml; charset=utf-8", Files.readAllBytes(file));
  }

  /** Each export as Tandem reads it with these options. */
  static List<FileLayout> layouts(
      List<Workspace.Upload> uploads, List<Questionnaire> questionnaires, ImportOptions options) {
    return uploads.stream()
        .map(u -> Importer.detect(List.of(u.file()), questionnaires, options).files().get(0))
        .toList();
  }

  /** Every header of the files, each once, in the order first met. */
  private static List<String> headers(List<FileLayout> layouts) {
    Set<String> headers = new LinkedHashSet<>();
    layouts.forEach(
        layout -> layout.headers().stream().filter(h -> !h.isBlank()).forEach(headers::add));
    return List.copyOf(headers);
  }

  /** The header Tandem chose for a role in the first file where it found one, or "". */
  private static String detected(List<FileLayout> layouts, String role) {
    for (FileLayout layout : layouts) {
      Integer column = layout.identityColumns().get(role);
      if (column != null) {
        return layout.headers().get(column - 1);
      }
    }
    return "";
  }

  /**
   * The question columns a coach maps: those that match no item, and those mapped already; by their
   * key in the mapping file, each with its label (file, column number, header).
   */
  private static Map<String, String> mappable(List<FileLayout> layouts) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (FileLayout layout : layouts) {
      Set<Integer> numbers = new TreeSet<>(layout.unmatched().keySet());
      layout.matches().stream()
          .filter(match -> match.how() == MatchKind.MAPPING)
          .map(ColumnMatch::column)
          .forEach(numbers::add);
      for (int column : numbers) {
        columns.putIfAbsent(
            MappingFile.columnKey(layout.headers(), column),
            "Column "
                + column
                + " of "
                + layout.file().getFileName()
                + ": \u201c"
                + layout.headers().get(column - 1)
                + "\u201d");
      }
    }
    return columns;
  }

  private static Set<String> allKeys(List<FileLayout> layouts) {
    Set<String> keys = new LinkedHashSet<>();
    for (FileLayout layout : layouts) {
      for (int column = 1; column <= layout.headers().size(); column++) {
        keys.add(MappingFile.columnKey(layout.headers(), column));
      }
    }
    return keys;
  }

  private static Set<String> references(List<Questionnaire> questionnaires) {
    Set<String> references = new LinkedHashSet<>();
    questionnaires.forEach(
        q -> q.items().forEach(item -> references.add(q.id() + "." + item.id())));
    return references;
  }

  /**
   * The value when it is one the page offered; a refusal otherwise (a page from before a change).
   */
  private static String known(String value, Set<String> offered) {
    if (!offered.contains(value)) {
      throw new Http.Refused(
          400, "The choices do not fit the files added now: reload the page and choose again.");
    }
    return value;
  }

  private static String option(String value, String label, boolean selected) {
    return "<option value=\""
        + Html.text(value)
        + "\""
        + (selected ? " selected" : "")
        + ">"
        + Html.text(label)
        + "</option>";
  }
}
