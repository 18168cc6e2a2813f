package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.OutputFormat;
import dev.tandem.report.Paper;
import dev.tandem.report.ReportException;
import dev.tandem.report.ReportOptions;
import dev.tandem.report.ReportWriter;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports, scores, analyses and writes every report: the command a coach runs. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Import the exports, score every client, and write a report per client, per couple and for the",
      "whole cohort. Without FILE, reads the sample data in seeds/."
    })
final class RunCommand implements Callable<Integer> {

  /** The sample data read when no file is named. */
  static final Path SAMPLE_FOLDER = Path.of("seeds");

  /** The report formats a coach can ask for. */
  enum Formats {
    XLSX(EnumSet.of(OutputFormat.XLSX)),
    PDF(EnumSet.of(OutputFormat.PDF)),
    BOTH(EnumSet.allOf(OutputFormat.class));

    private final Set<OutputFormat> formats;

    Formats(Set<OutputFormat> formats) {
      this.formats = formats;
    }
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Survey exports (CSV or XLSX). Default: seeds/*.csv.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions = new DefinitionOptions();

  @Mixin ImportOptionsMixin importOptions = new ImportOptionsMixin();

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "reports",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "both",
      description = "Client and couple reports as xlsx, pdf or both (default: ${DEFAULT-VALUE}); the cohort report"
          + " is always a workbook.")
  Formats format;

  @Option(names = "--paper", paramLabel = "PAPER",
      description = "a4 or letter. Default: the usual paper where your computer's locale is.")
  Paper paper;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Path> inputs = files.isEmpty() ? sampleFiles() : files;
    ImportOptions options = importOptions.toOptions();
    List<Questionnaire> questionnaires = ScoredInput.questionnaires(inputs, definitions, options);
    ScoredCohort cohort = CohortScorer.score(questionnaires, Importer.read(inputs, questionnaires, options));
    CohortStatistics statistics = CohortStatistics.of(cohort);

    createFolder(output);
    ReportOptions reportOptions = ReportOptions.defaults(output).withFormats(format.formats);
    if (paper != null) {
      reportOptions = reportOptions.withPaper(paper);
    }
    Written written = writeReports(cohort, statistics, reportOptions);

    int exit = ScoredInput.finish(cohort.imported(), err);
    written.failures().forEach(failure -> err.println("not written: " + failure));
    err.println("Wrote " + written.clients() + " client reports and the cohort report (cohort.xlsx) to " + output);
    return written.failures().isEmpty() ? exit : ExitCode.FAILURE;
  }

  private record Written(int clients, List<String> failures) {}

  /**
   * Writes the reports on every core. A report that cannot be written (open in Excel, a full disk) is
   * listed, and the others are still written.
   */
  private static Written writeReports(ScoredCohort cohort, CohortStatistics statistics, ReportOptions options) {
    List<Questionnaire> questionnaires = cohort.questionnaires();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (Client client : cohort.clients()) {
      tasks.add(() -> {
        ReportWriter.writeClient(client, questionnaires, Optional.of(statistics), options);
        return 1;
      });
    }
    tasks.add(() -> {
      ReportWriter.writeCohort(cohort, statistics, options);
      return 0;
    });
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int clients = 0;
    List<String> failures = new ArrayList<>();
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (Callable<Integer> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<Integer> future : futures) {
        try {
          clients += future.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ReportException report) {
            failures.add(report.getMessage());
          } else if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
          } else {
            throw new IllegalStateException(e.getCause());
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing reports", e);
    } finally {
      pool.shutdownNow();
    }
    return new Written(clients, failures);
  }

  private static List<Path> sampleFiles() {
    if (!Files.isDirectory(SAMPLE_FOLDER)) {
      throw new UsageException("no input files named, and there is no sample folder " + SAMPLE_FOLDER
          + " here; name your exports: tandem run FILE...");
    }
    try (Stream<Path> listing = Files.list(SAMPLE_FOLDER)) {
      List<Path> samples = listing.filter(p -> p.getFileName().toString().endsWith(".csv")).sorted().toList();
      if (samples.isEmpty()) {
        throw new UsageException("no input files named, and " + SAMPLE_FOLDER + " holds no .csv file");
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UsageException("the output folder " + folder + " cannot be created (" + e.getMessage() + ")");
    }
  }
}
