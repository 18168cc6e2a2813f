package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.ImportReport;
import dev.tandem.store.PracticeStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds the responses of exports to the practice store, creating the store on first use. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the responses of survey exports to the practice store (created in DIR if it holds none), with"
          + " where each came from. Importing an export again adds nothing; a row with the same client,"
          + " questionnaire and time as a stored response but other answers is listed as a conflict and not"
          + " stored. Exit code 3 when rows were rejected or conflicted."
    })
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Survey exports to add.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ImportOptions options = importOptions.toOptions();
    List<Questionnaire> used = ScoredInput.questionnaires(files, definitions, options);
    ImportReport report;
    try (PracticeStore practice = store.openOrCreate()) {
      report =
          practice.importFiles(
              files,
              used,
              options,
              rejection -> ScoredInput.report(rejection, err),
              conflict -> err.println("conflict: " + conflict));
    }
    int exit =
        ScoredInput.finish(
            report.summary().notes(),
            report.summary().accounting(),
            report.summary().rejectedRows(),
            err);
    err.println(report.storeAccounting() + " (" + store.folder + ")");
    return report.conflicts() > 0 ? ExitCode.ROWS_REJECTED : exit;
  }
}
