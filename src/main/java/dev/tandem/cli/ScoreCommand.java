package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.ScoresWorkbook;
import dev.tandem.scoring.ScoreTable;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Writes every assessment's scale scores, bands and answered-item counts to a CSV or Excel file. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score every response and write one row per assessment: who and when, then for every scale"
          + " <questionnaire>.<scale> (the score), .band and .answered (how many of its items were answered)."
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Survey exports to read (or --store).")
  List<Path> files = new ArrayList<>();

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin StorePasswordOption password = new StorePasswordOption();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
      description = "The file to write: .csv (UTF-8) or .xlsx (Excel).")
  Path output;

  @Override
  public Integer call() {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean excel = name.endsWith(".xlsx");
    if (!excel && !name.endsWith(".csv")) {
      throw new UsageException("the output " + output + " must end in .csv or .xlsx, the two formats tandem score"
          + " writes");
    }
    Path folder = output.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UsageException("the folder of the output " + output + " does not exist; create it first");
    }
    try (ResponseInput input = ResponseInput.of(files, store, importOptions.toOptions(), password::password)) {
      return write(input, excel);
    }
  }

  private Integer write(ResponseInput input, boolean excel) {
    PrintWriter err = spec.commandLine().getErr();
    List<Questionnaire> used = input.questionnaires(definitions);
    ScoreTable table = new ScoreTable(used);
    // One pass, rows written as they are scored: memory does not grow with the input.
    ImportSummary summary = StreamedInput.scores(input.source(used), used, table::row,
        rejection -> ScoredInput.report(rejection, err), rows -> {
          if (excel) {
            ScoresWorkbook.write(table.header(), rows, output);
          } else {
            ScoresCsv.write(table.header(), rows, output);
          }
        });
    err.println("wrote " + summary.accepted() + " assessments to " + output);
    return ScoredInput.finish(summary.notes(), summary.accounting(), summary.rejectedRows(), err);
  }
}
