package dev.tandem.pipeline;

import dev.tandem.couples.CouplePattern;
import dev.tandem.couples.CouplePatterns;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.PartnerRoles;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.CoupleReports;
import dev.tandem.report.ReportException;
import dev.tandem.report.ReportOptions;
import dev.tandem.report.ReportWriter;
import dev.tandem.report.output.PrivateTempDir;
import dev.tandem.report.output.PseudonymKey;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.Pseudonyms;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything {@code tandem run} does, for the command line and the app alike: imports the exports,
 * scores every client, analyses the cohort and the couples, and writes a report per client, per
 * couple and for the cohort, with the pseudonym key apart when pseudonyms are on. It tells a {@link
 * RunProgress} how far it has got and stops between rows or reports when its {@link Cancellation}
 * is cancelled (a {@link java.util.concurrent.CancellationException}); reports already written stay
 * whole.
 */
public final class ReportRun {

  /** How often, in rows, the import's progress is told. */
  private static final int ROWS_PER_PROGRESS = 256;

  private ReportRun() {}

  /**
   * What to run: the responses (export files or the practice store), the questionnaires they are
   * read with, where and how to write, and with pseudonyms the key file (checked by the caller)
   * with the entries it held before this run.
   */
  public record Request(
      ResponseSource responses,
      List<Questionnaire> questionnaires,
      CouplePatterns patterns,
      ReportOptions reportOptions,
      Optional<Pseudonyms> pseudonyms,
      Optional<Path> keyFile,
      PseudonymKey.Entries earlierKey) {

    public Request {
      Objects.requireNonNull(responses, "responses must not be null");
      questionnaires = List.copyOf(questionnaires);
      Objects.requireNonNull(patterns, "patterns must not be null");
      Objects.requireNonNull(reportOptions, "reportOptions must not be null");
      Objects.requireNonNull(pseudonyms, "pseudonyms must not be null");
      Objects.requireNonNull(keyFile, "keyFile must not be null");
      Objects.requireNonNull(earlierKey, "earlierKey must not be null");
      if (pseudonyms.isPresent() && keyFile.isEmpty()) {
        throw new IllegalArgumentException("pseudonyms need a key file");
      }
    }
  }

  /**
   * What a run did. {@code cohort} holds the clients as imported (names included: keep it in
   * memory); {@code reported} is what the reports show (pseudonymised when pseudonyms are on).
   * {@code files} maps each reported client's id to the files written for them.
   */
  public record Outcome(
      ScoredCohort cohort,
      ScoredCohort reported,
      CouplesAnalysis couples,
      List<CouplePattern> unusedPatterns,
      Written written,
      Optional<WriteResult> key) {}

  /**
   * What the writing left on disk: reports with at least one file written (and whether the cohort's
   * was), how many files, notes, every file that failed, and each client's files.
   */
  public record Written(
      int clients,
      int couples,
      boolean cohort,
      int files,
      List<String> notes,
      List<String> failures,
      Map<String, List<Path>> clientFiles) {

    public Written {
      notes = List.copyOf(notes);
      failures = List.copyOf(failures);
      clientFiles = Map.copyOf(clientFiles);
    }

    /** True when not one file could be written. */
    public boolean nothing() {
      return files == 0 && !failures.isEmpty();
    }
  }

  /**
   * Runs the whole pipeline; throws {@link java.util.concurrent.CancellationException} when
   * cancelled.
   */
  @SuppressWarnings(
      "try") // the private temporary folder only has to exist while the reports are written
  public static Outcome run(Request request, RunProgress progress, Cancellation cancellation) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    Objects.requireNonNull(cancellation, "cancellation must not be null");
    ImportResult imported = read(request, progress, cancellation);
    ScoredCohort cohort = CohortScorer.score(request.questionnaires(), imported);
    progress.clientsScored(cohort.clients().size());
    cancellation.check();
    Optional<Pseudonyms> pseudonyms = request.pseudonyms();
    ScoredCohort reported = pseudonyms.map(p -> p.pseudonymize(cohort)).orElse(cohort);
    CouplesAnalysis couples =
        CouplesAnalysis.of(
            reported, request.patterns().usableWith(request.questionnaires()), PartnerRoles.NONE);
    progress.analysed(reported, couples);
    cancellation.check();
    CohortStatistics statistics = CohortStatistics.of(reported);
    ReportOptions options = request.reportOptions();
    Written written;
    Optional<WriteResult> key = Optional.empty();
    try (PrivateTempDir temp = PrivateTempDir.open()) {
      written = writeReports(reported, statistics, couples, options, progress, cancellation);
      if (pseudonyms.isPresent()) {
        PseudonymKey.Entries thisRun =
            new PseudonymKey.Entries(
                pseudonyms.get().keyFor(cohort.clients()),
                pseudonyms.get().coupleKeyFor(cohort.clients()));
        key =
            Optional.of(
                PseudonymKey.write(
                    request.keyFile().orElseThrow(),
                    thisRun.with(request.earlierKey()),
                    options.password(),
                    options.stamp()));
      }
    }
    return new Outcome(
        cohort,
        reported,
        couples,
        request.patterns().unusableWith(request.questionnaires()),
        written,
        key);
  }

  /**
   * Reads every input, as {@link Importer#read} does, telling the progress and heeding the
   * cancellation.
   */
  private static ImportResult read(
      Request request, RunProgress progress, Cancellation cancellation) {
    List<Response> responses = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    int[] rows = {0};
    ImportSummary summary =
        request.responses().stream(
            new ResponseSink() {
              @Override
              public void response(Response response) {
                responses.add(response);
                counted();
              }

              @Override
              public void rejection(Rejection rejection) {
                rejections.add(rejection);
                if (rejection.rejectsRow()) {
                  counted();
                }
              }

              private void counted() {
                if (++rows[0] % ROWS_PER_PROGRESS == 0) {
                  cancellation.check();
                  progress.rowsRead(rows[0]);
                }
              }
            });
    progress.rowsRead(summary.rowsRead());
    return new ImportResult(
        responses, rejections, summary.rowsRead(), summary.droppedDuplicates(), summary.notes());
  }

  /**
   * Writes the reports on up to four cores. A report that cannot be written (open in Excel, a full
   * disk) is listed, and the others are still written. A cancellation stops the reports not yet
   * begun.
   */
  private static Written writeReports(
      ScoredCohort cohort,
      CohortStatistics statistics,
      CouplesAnalysis couples,
      ReportOptions options,
      RunProgress progress,
      Cancellation cancellation) {
    List<Questionnaire> questionnaires = cohort.questionnaires();
    List<Callable<Done>> tasks = new ArrayList<>();
    tasks.add(
        () ->
            new Done(
                Kind.COHORT,
                "",
                List.of(
                    ReportWriter.writeCohort(cohort, statistics, Optional.of(couples), options))));
    for (CouplesAnalysis.CoupleResult couple : couples.couples()) {
      tasks.add(() -> new Done(Kind.COUPLE, "", CoupleReports.write(couple, options)));
    }
    for (Client client : cohort.clients()) {
      tasks.add(
          () ->
              new Done(
                  Kind.CLIENT,
                  client.id(),
                  ReportWriter.writeClient(
                      client, questionnaires, Optional.of(statistics), options)));
    }
    int total = tasks.size();
    AtomicInteger finished = new AtomicInteger();
    progress.reportsWritten(0, total);
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    int clients = 0;
    int coupleReports = 0;
    boolean cohortWritten = false;
    int files = 0;
    List<String> notes = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Map<String, List<Path>> clientFiles = new LinkedHashMap<>();
    try {
      List<Future<Done>> futures = new ArrayList<>();
      for (Callable<Done> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  cancellation.check();
                  try {
                    return task.call();
                  } finally {
                    progress.reportsWritten(finished.incrementAndGet(), total);
                  }
                }));
      }
      for (Future<Done> future : futures) {
        try {
          Done done = future.get();
          boolean anyWritten = done.results().stream().anyMatch(result -> !result.failed());
          files += (int) done.results().stream().filter(result -> !result.failed()).count();
          switch (done.kind()) {
            case CLIENT -> {
              clients += anyWritten ? 1 : 0;
              clientFiles.put(
                  done.clientId(),
                  done.results().stream()
                      .filter(result -> !result.failed())
                      .map(WriteResult::file)
                      .toList());
            }
            case COUPLE -> coupleReports += anyWritten ? 1 : 0;
            case COHORT -> cohortWritten = anyWritten;
          }
          for (WriteResult result : done.results()) {
            switch (result.status()) {
              case FAILED -> failures.add(result.message());
              case WRITTEN_BESIDE -> notes.add(result.message());
              case WRITTEN, UNCHANGED -> {}
            }
          }
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
      finish(pool);
    }
    return new Written(clients, coupleReports, cohortWritten, files, notes, failures, clientFiles);
  }

  /**
   * Lets the reports being written finish (never interrupted half-way, so none is left
   * half-written); those not begun see the cancellation, if any, and end at once.
   */
  private static void finish(ExecutorService pool) {
    pool.shutdown();
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // a report is still being written
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One task's files: what happened to each. */
  private record Done(Kind kind, String clientId, List<WriteResult> results) {}

  private enum Kind {
    CLIENT,
    COUPLE,
    COHORT
  }
}
