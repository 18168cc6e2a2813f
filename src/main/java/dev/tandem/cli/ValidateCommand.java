package dev.tandem.cli;

import dev.tandem.ingest.ColumnMatch;
import dev.tandem.ingest.Detection;
import dev.tandem.ingest.FileLayout;
import dev.tandem.ingest.ImportException;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Questionnaire;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks the definitions and the response files, listing every rejected row and cell; writes
 * nothing.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check questionnaire definitions and response files without writing anything: every row is read,"
          + " and each rejected row or answer is listed with its file, line and column.",
      "With --explain, also show how the file was read: layout, encoding, which column holds which item"
          + " and how it was matched, the identity columns, and question columns that matched nothing."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row can be scored",
      "2:a file or definition cannot be used at all",
      "3:some rows would be rejected (each is listed)"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Survey exports (.csv, .tsv, .txt or .xlsx).")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(
      names = "--explain",
      description = "Show how each file was read and how its columns were matched.")
  boolean explain;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Questionnaire> all = definitions.load();
    int patterns = definitions.couplePatterns().patterns().size();
    ImportOptions options = importOptions.toOptions();
    Detection detection = detect(all, options, out);
    List<Questionnaire> used =
        definitions.chosen()
            ? all
            : all.stream().filter(q -> detection.questionnaireIds().contains(q.id())).toList();
    if (explain) {
      detection.files().forEach(layout -> explain(layout, out));
    }
    if (used.isEmpty()) {
      throw new UsageException(
          "no column of the input matches an item of any questionnaire in "
              + definitions.definitions
              + "; name the questionnaire with -q, or map the columns in a --mapping file"
              + " (see tandem validate --explain)");
    }
    out.println(
        "Questionnaires: "
            + used.stream().map(Questionnaire::id).collect(Collectors.joining(", ")));
    if (patterns > 0) {
      out.println("Couple patterns: " + patterns + " checked");
    }
    ImportSummary summary =
        Importer.stream(
            files,
            used,
            options,
            new ResponseSink() {
              private boolean first = true;

              @Override
              public void response(Response response) {
                // validation keeps nothing: a file of any size is checked in constant memory
              }

              @Override
              public void rejection(Rejection rejection) {
                if (first) {
                  out.println("Rejected:");
                  first = false;
                }
                out.println("  " + (rejection.rejectsRow() ? "row    " : "answer ") + rejection);
              }
            });
    for (String note : summary.notes()) {
      out.println("Note: " + note);
    }
    out.println(summary.accounting());
    return summary.rejectedRows() > 0 ? ExitCode.ROWS_REJECTED : ExitCode.OK;
  }

  /**
   * What the files hold; with --explain, a file that cannot be used shows what was detected up to
   * the problem before the problem itself is reported.
   */
  private Detection detect(List<Questionnaire> all, ImportOptions options, PrintWriter out) {
    try {
      return Importer.detect(files, all, options);
    } catch (ImportException e) {
      if (explain && !e.detected().isEmpty()) {
        out.println(e.position().file());
        e.detected().forEach(line -> out.println("  " + line));
        out.println("  stopped: see the message below");
        out.flush();
      }
      throw e;
    }
  }

  private static void explain(FileLayout layout, PrintWriter out) {
    out.println(layout.file());
    out.println(
        "  layout: "
            + layout.layout()
            + ", "
            + layout.headerRows()
            + (layout.headerRows() == 1 ? " header row" : " header rows")
            + "; read as "
            + layout.format());
    if (layout.identity().isEmpty()) {
      out.println(
          "  identity: no column says who answered, so each row is its own respondent; name one with --id-column");
    } else {
      out.println(
          "  identity: "
              + layout.identity().entrySet().stream()
                  .map(e -> e.getKey() + " = \"" + e.getValue() + "\"")
                  .collect(Collectors.joining(", ")));
    }
    layout
        .dates()
        .ifPresent(
            form ->
                out.println(
                    "  dates: read as "
                        + form
                        + " (a time zone, if shown, is"
                        + " not used: times are kept as the export shows them)"));
    if (layout.matches().isEmpty()) {
      out.println("  no column matches an item");
    } else {
      out.printf("  %6s  %-43s  %-30s  %s%n", "COLUMN", "HEADER", "ITEM", "MATCHED BY");
      for (ColumnMatch match : layout.matches()) {
        out.printf(
            "  %6d  %-43s  %-30s  %s%n",
            match.column(),
            match.header(),
            match.questionnaireId() + "." + match.itemId(),
            how(match));
      }
    }
    if (!layout.unmatched().isEmpty()) {
      out.println(
          "  question columns that match no item (map them in a --mapping file, or ignore them):");
      for (Map.Entry<Integer, String> column : layout.unmatched().entrySet()) {
        out.printf("  %6d  \"%s\"%n", column.getKey(), column.getValue());
      }
    }
    out.println();
  }

  private static String how(ColumnMatch match) {
    return switch (match.how()) {
      case IMPORT_ID -> "importId";
      default -> match.how().name().toLowerCase(Locale.ROOT);
    };
  }
}
