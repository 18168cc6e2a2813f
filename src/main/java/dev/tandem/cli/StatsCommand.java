package dev.tandem.cli;

import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Survey exports to read.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(names = "--json", description = "Write JSON (full-precision numbers; null with notes where a"
      + " statistic cannot be computed) instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    ScoredCohort cohort = ScoredInput.load(files, definitions, importOptions);
    CohortStatistics statistics = CohortStatistics.of(cohort);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StatsJson.write(statistics));
    } else {
      StatsTable.write(statistics, out);
    }
    out.flush();
    return ScoredInput.reportRejections(cohort.imported(), spec.commandLine().getErr());
  }
}
