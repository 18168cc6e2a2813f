package dev.tandem.app;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.ingest.ImportException;
import dev.tandem.pipeline.Cancellation;
import dev.tandem.pipeline.ReportRun;
import dev.tandem.pipeline.RunProgress;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.report.output.OutputException;
import dev.tandem.scoring.ScoredCohort;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * One run of {@link ReportRun} on its own thread, so the page stays responsive: the live counts the
 * progress page polls, the cancellation, and the outcome or the problem that stopped it.
 */
final class ReportJob implements RunProgress {

  /** What the reports will show, known before they are written. */
  record Analysed(ScoredCohort reported, CouplesAnalysis couples) {}

  enum State {
    RUNNING,
    DONE,
    CANCELLED,
    FAILED
  }

  private final Cancellation cancellation = new Cancellation();
  private final AtomicInteger rows = new AtomicInteger();
  private final AtomicInteger clients = new AtomicInteger();
  private final AtomicInteger reports = new AtomicInteger();
  private final AtomicInteger reportsTotal = new AtomicInteger();
  private final long started = System.nanoTime();
  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile State state = State.RUNNING;
  private volatile long finished;
  private volatile Optional<ReportRun.Outcome> outcome = Optional.empty();
  private volatile Optional<Analysed> analysed = Optional.empty();
  private volatile String problem = "";

  /** Starts the run; {@code plain} rewrites a problem's message for the coach. */
  static ReportJob start(ReportRun.Request request, UnaryOperator<String> plain) {
    ReportJob job = new ReportJob();
    Thread thread = new Thread(() -> job.run(request, plain), "tandem-report-run");
    thread.setDaemon(true);
    thread.start();
    return job;
  }

  private void run(ReportRun.Request request, UnaryOperator<String> plain) {
    try {
      outcome = Optional.of(ReportRun.run(request, this, cancellation));
      end(State.DONE);
    } catch (CancellationException e) {
      end(State.CANCELLED);
    } catch (ImportException | DefinitionException | OutputException e) {
      problem = plain.apply(e.getMessage());
      end(State.FAILED);
    } catch (RuntimeException e) {
      problem =
          "Tandem failed unexpectedly ("
              + e.getClass().getName()
              + "). This is a bug in Tandem; please"
              + " report it, without the data.";
      end(State.FAILED);
      throw e;
    }
  }

  private void end(State end) {
    finished = System.nanoTime();
    state = end;
    ended.countDown();
  }

  /**
   * Waits up to {@code timeout} for the run to end (after a cancel: for the reports being written
   * to finish).
   */
  void awaitEnd(Duration timeout) throws InterruptedException {
    ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void rowsRead(int count) {
    rows.set(count);
  }

  @Override
  public void clientsScored(int count) {
    clients.set(count);
  }

  @Override
  public void analysed(ScoredCohort reported, CouplesAnalysis couples) {
    analysed = Optional.of(new Analysed(reported, couples));
  }

  @Override
  public void reportsWritten(int written, int total) {
    reports.accumulateAndGet(written, Math::max);
    reportsTotal.set(total);
  }

  void cancel() {
    cancellation.cancel();
  }

  boolean running() {
    return state == State.RUNNING;
  }

  State state() {
    return state;
  }

  Optional<Analysed> analysed() {
    return analysed;
  }

  Optional<ReportRun.Outcome> outcome() {
    return outcome;
  }

  String problem() {
    return problem;
  }

  /** How long the run took, or has taken so far, in milliseconds. */
  long millis() {
    return ((state == State.RUNNING ? System.nanoTime() : finished) - started) / 1_000_000;
  }

  /** The counts as the progress page reads them: numbers and a state, never client data. */
  String json() {
    return "{\"state\":\""
        + state.name().toLowerCase(java.util.Locale.ROOT)
        + "\",\"analysed\":"
        + analysed.isPresent()
        + ",\"rows\":"
        + rows.get()
        + ",\"clients\":"
        + clients.get()
        + ",\"reports\":"
        + reports.get()
        + ",\"reportsTotal\":"
        + reportsTotal.get()
        + "}";
  }
}
