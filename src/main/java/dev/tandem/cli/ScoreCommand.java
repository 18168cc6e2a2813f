package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.ScoresWorkbook;
import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.OutputException;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.scoring.ScoreTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes every assessment's scale scores, bands and answered-item counts to a CSV or Excel file.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Score every response and write one row per assessment: who and when, then for every scale"
          + " <questionnaire>.<scale> (the score), .band and .answered (how many of its items were answered)."
    })
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Survey exports to read (or --store).")
  List<Path> files = new ArrayList<>();

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "OUT",
      description = "The file to write: .csv (UTF-8) or .xlsx (Excel), readable by you only.")
  Path output;

  @Mixin PasswordOption passwordOption = new PasswordOption();

  @Option(
      names = "--plaintext",
      description = "Write a .csv even though a password is set (a CSV file cannot be encrypted).")
  boolean plaintext;

  @Override
  public Integer call() {
    boolean excel = checkOutput();
    Optional<ReportPassword> password = passwordOption.password(System.getenv());
    if (password.isPresent() && !excel && !plaintext) {
      throw new UsageException(
          "a password is set, but the CSV file "
              + output
              + " cannot be encrypted: write"
              + " .xlsx to have the scores encrypted, or add --plaintext to write them readable by anyone who gets"
              + " the file");
    }
    try (ResponseInput input =
        ResponseInput.of(
            files, store, importOptions.toOptions(), () -> StoreOptions.password(password))) {
      return write(input, excel, password);
    }
  }

  private Integer write(ResponseInput input, boolean excel, Optional<ReportPassword> password) {
    PrintWriter err = spec.commandLine().getErr();
    List<Questionnaire> used = input.questionnaires(definitions);
    ScoreTable table = new ScoreTable(used);
    // One pass, rows written as they are scored: memory does not grow with the input. The rows go
    // to
    // a partial file that replaces the output only once every row is written.
    ImportSummary summary =
        StreamedInput.scores(
            input.source(used),
            used,
            table::row,
            rejection -> ScoredInput.report(rejection, err),
            rows -> writeAtomically(rows, table, excel, password));
    err.println(
        "wrote "
            + summary.accepted()
            + " assessments to "
            + output
            + (password.isPresent() && excel ? ", encrypted with the password" : ""));
    return ScoredInput.finish(summary.notes(), summary.accounting(), summary.rejectedRows(), err);
  }

  /** Checks the output before anything is read or written; true for a workbook, false for CSV. */
  private boolean checkOutput() {
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean excel = name.endsWith(".xlsx");
    if (!excel && !name.endsWith(".csv")) {
      throw new UsageException(
          "the output "
              + output
              + " must end in .csv or .xlsx, the two formats tandem score"
              + " writes");
    }
    InputGuard.refuseInput(output, files, "the output");
    Path folder = output.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UsageException(
          "the folder of the output " + output + " does not exist; create it first");
    }
    return excel;
  }

  private void writeAtomically(
      Iterable<List<Object>> rows,
      ScoreTable table,
      boolean excel,
      Optional<ReportPassword> password) {
    try {
      AtomicFile.write(
          output,
          out -> {
            if (excel) {
              ScoresWorkbook.write(table.header(), rows, out, password);
            } else {
              ScoresCsv.write(table.header(), rows, out);
            }
          });
    } catch (IOException e) {
      throw new OutputException(
          output
              + ": could not be written ("
              + e.getMessage()
              + "); the previous file,"
              + " if any, is as it was");
    }
  }
}
