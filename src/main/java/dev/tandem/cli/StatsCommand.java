package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.Scorer;
import dev.tandem.stats.CohortStatistics;
import dev.tandem.stats.StreamingStatistics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Descriptives, reliability and correlations of every scale, as a table or as JSON. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Describe every scale (n, mean, SD, median, range, skew, kurtosis), check how well its items hang"
          + " together (Cronbach's alpha with a 95%% confidence interval, item statistics, weak items"
          + " flagged) and correlate the scale scores. Each client counts once, with their latest"
          + " assessment. The numbers agree with R's psych package."
    })
final class StatsCommand implements Callable<Integer> {

  /** What the first pass hands over for a response it has counted. */
  private static final Object COUNTED = new Object();

  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "Survey exports to read (or --store).")
  List<Path> files = new ArrayList<>();

  @Mixin StoreOptions store = new StoreOptions();

  @Mixin StorePasswordOption password = new StorePasswordOption();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(
      names = "--json",
      description =
          "Write JSON (full-precision numbers; null with notes where a"
              + " statistic cannot be computed) instead of a table.")
  boolean json;

  /**
   * Reads the input once more, handing each response to {@code pass} (rejections were listed
   * already).
   */
  private static void read(ResponseSource source, Consumer<Response> pass) {
    try (OverlappedImport responses = OverlappedImport.start(source, response -> response)) {
      while (responses.hasNext()) {
        if (responses.next() instanceof Response response) {
          pass.accept(response);
        }
      }
    }
  }

  @Override
  public Integer call() {
    try (ResponseInput input =
        ResponseInput.of(files, store, importOptions.toOptions(), password::password)) {
      return call(input);
    }
  }

  private Integer call(ResponseInput input) {
    PrintWriter err = spec.commandLine().getErr();
    List<Questionnaire> used = input.questionnaires(definitions);
    ResponseSource source = input.source(used);
    // Memory of about 4.3 bytes a response: the first pass counts every response and notes who
    // answered; only when some client answered more than once do two more passes find and count
    // their latest. Each pass parses on a second thread. The first pass scores each response on the
    // thread that reads the rows, and counts it on the import's thread, where it was just scored:
    // handing the scores to this thread cost more than counting them (answers and scores crossed
    // between the cores' caches). This thread only lists the rejections meanwhile, and reads the
    // counts once the import has handed over its end.
    StreamingStatistics streaming = new StreamingStatistics(used);
    ImportSummary summary;
    List<Scorer> scorers = used.stream().map(Scorer::new).toList();
    Function<Assessment, Object> count =
        assessment -> {
          streaming.note(assessment);
          return COUNTED;
        };
    try (OverlappedImport pass =
        OverlappedImport.start(source, response -> CohortScorer.assess(scorers, response), count)) {
      while (pass.hasNext()) {
        if (pass.next() instanceof Rejection rejection) {
          ScoredInput.report(rejection, err);
        }
      }
      summary = pass.summary();
    }
    if (streaming.needsSecondPass()) {
      read(source, streaming::noteRepeated);
      read(source, streaming::add);
    }
    CohortStatistics statistics = streaming.result();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StatsJson.write(statistics));
    } else {
      StatsTable.write(statistics, out);
    }
    out.flush();
    return ScoredInput.finish(summary.notes(), summary.accounting(), summary.rejectedRows(), err);
  }
}
