package dev.tandem.cli;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.output.AtomicFile;
import dev.tandem.report.output.OutputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes every stored response as a plain CSV that Tandem (or any tool) reads again. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Write every response in the practice store as a plain CSV: respondent id, name, couple code, time,"
          + " then one column per statement (its id) holding the raw answer. tandem import reads it again"
          + " unchanged; so do spreadsheets. An existing file is never overwritten."
    })
final class ExportCommand implements Callable<Integer> {

  static final List<String> IDENTITY = List.of("Respondent id", "Name", "Couple code", "Submitted");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The CSV file to write.")
  Path output;

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    if (Files.exists(output)) {
      throw new UsageException(
          "the file " + output + " exists already; choose another name, nothing was overwritten");
    }
    if (!output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      throw new UsageException("the output " + output + " must end in .csv");
    }
    int[] written = {0};
    try (ResponseInput input =
        ResponseInput.of(List.of(), store.asInput(), ImportOptions.defaults(), store::password)) {
      List<Questionnaire> used = input.questionnaires(definitions);
      List<String> header = new ArrayList<>(IDENTITY);
      used.forEach(q -> q.items().stream().map(Item::id).forEach(header::add));
      try (OverlappedImport responses =
          OverlappedImport.start(input.source(used), response -> response)) {
        PrintWriter err = spec.commandLine().getErr();
        Iterator<List<Object>> rows =
            new Iterator<>() {
              private Response pending;

              @Override
              public boolean hasNext() {
                while (pending == null && responses.hasNext()) {
                  Object event = responses.next();
                  if (event instanceof Response response) {
                    pending = response;
                  } else {
                    ScoredInput.report((Rejection) event, err);
                  }
                }
                return pending != null;
              }

              @Override
              public List<Object> next() {
                if (!hasNext()) {
                  throw new NoSuchElementException();
                }
                written[0]++;
                List<Object> row = row(pending, used);
                pending = null;
                return row;
              }
            };
        writeAtomically(header, rows);
      }
    }
    spec.commandLine()
        .getErr()
        .println(
            "Wrote "
                + written[0]
                + " responses from "
                + store.folder
                + " to "
                + output
                + "; it is not encrypted: keep it as safe as the store");
    return ExitCode.OK;
  }

  private static List<Object> row(Response response, List<Questionnaire> used) {
    List<Object> row = new ArrayList<>();
    row.add(response.respondentId());
    row.add(response.name().orElse(""));
    row.add(response.coupleCode().orElse(""));
    row.add(response.submitted().map(TIME::format).orElse(""));
    for (Questionnaire questionnaire : used) {
      Answers answers = response.answersTo(questionnaire.id()).orElse(null);
      for (int item = 0; item < questionnaire.items().size(); item++) {
        if (answers == null || answers.isMissing(item)) {
          row.add("");
        } else {
          double value = answers.get(item);
          row.add(value == Math.rint(value) ? (Object) (long) value : (Object) value);
        }
      }
    }
    return row;
  }

  /**
   * The rows go to a partial file, owner-only, that becomes the output only once every row is in
   * it.
   */
  private void writeAtomically(List<String> header, Iterator<List<Object>> rows) {
    try {
      AtomicFile.write(output, out -> ScoresCsv.write(header, () -> rows, out));
    } catch (IOException e) {
      throw new OutputException(
          output + ": could not be written (" + e.getMessage() + "); nothing was written");
    }
  }
}
