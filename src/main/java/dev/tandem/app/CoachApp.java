package dev.tandem.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tandem.questionnaire.DefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The coach's app: a web server on this computer's loopback address only, on its own port with its
 * own random token, serving the pages of every section. {@link #ROUTES} is the one place that lists
 * them; every request passes the {@link Guard} first.
 */
public final class CoachApp implements AutoCloseable {

  /** Bytes of the token: 256 bits. */
  private static final int TOKEN_BYTES = 32;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpServer server;
  private final ExecutorService threads;
  private final Workspace workspace;
  private final Practice practice;
  private final Lock lock = new Lock();
  private final String token;
  private final Map<String, Handler> routes = new LinkedHashMap<>();
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** A page or action: reads the request, calls the pipeline, answers. */
  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private CoachApp(
      HttpServer server, Workspace workspace, Practice practice, String token, String answerKey) {
    this.server = server;
    this.workspace = workspace;
    this.practice = practice;
    this.token = token;
    this.threads =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "tandem-app");
              thread.setDaemon(true);
              return thread;
            });
    ColumnChoices columnChoices = new ColumnChoices(workspace);
    ResponsesPage responses = new ResponsesPage(workspace, columnChoices);
    CreatePage create = new CreatePage(workspace);
    ProgressPage progress = new ProgressPage(workspace);
    ResultsPage results = new ResultsPage(workspace);
    QuestionnairesPage questionnaires = new QuestionnairesPage(workspace);
    PracticePage practicePage = new PracticePage(workspace, practice);
    AssessmentPage assessment = new AssessmentPage(workspace, practice, lock, answerKey);
    // ROUTES: "METHOD /path" exactly, or "METHOD /prefix/*".
    route("GET /", exchange -> Http.redirect(exchange, Section.RESPONSES.path));
    route("GET /responses", responses::show);
    route("POST /upload", responses::upload);
    route("POST /files/clear", responses::clear);
    route("POST /mapping", columnChoices::save);
    route("GET /" + ColumnChoices.FILE_NAME, columnChoices::download);
    route("GET /create", create::show);
    route("POST /create", create::create);
    route("GET /progress", progress::show);
    route("GET /progress.json", progress::status);
    route("POST /cancel", progress::cancel);
    route("GET /results", results::show);
    route(
        "GET /report/*",
        exchange -> {
          if (exchange.getRequestURI().getPath().endsWith(".pdf")) {
            results.reportPdf(exchange);
          } else {
            results.report(exchange);
          }
        });
    route("GET /download/reports.zip", results::zip);
    route("GET /questionnaires", questionnaires::list);
    route("POST /questionnaires/check", questionnaires::check);
    route("GET /questionnaires/*", questionnaires::show);
    route("GET /practice", practicePage::show);
    route("POST /practice/open", practicePage::open);
    route("POST /practice/import", practicePage::importAdded);
    route("POST /assessment/start", assessment::start);
    route("GET /assessment/*", assessment::show);
    route(
        "POST /assessment/*",
        exchange -> {
          if (exchange.getRequestURI().getPath().endsWith(AssessmentPage.NEXT)) {
            assessment.handOver(exchange);
          } else {
            assessment.answer(exchange);
          }
        });
    route("GET /static/*", CoachApp::asset);
    route("POST /quit", this::quit);
    server
        .createContext("/", this::dispatch)
        .getFilters()
        .add(new Guard(token, port(), lock::unlock));
    server.setExecutor(threads);
  }

  /**
   * Starts an app on 127.0.0.1 at {@code port} (0: any free port) writing into {@code output} and
   * reading definitions from {@code definitions}, with the practice store in {@code output}'s
   * sibling folder {@code practice}.
   */
  public static CoachApp start(int port, Path output, Path definitions) {
    return start(
        port, output, definitions, output.toAbsolutePath().normalize().resolveSibling("practice"));
  }

  /** As {@link #start(int, Path, Path)}, with the practice store in {@code store}. */
  public static CoachApp start(int port, Path output, Path definitions, Path store) {
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(definitions, "definitions must not be null");
    Objects.requireNonNull(store, "store must not be null");
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      CoachApp app =
          new CoachApp(
              server, new Workspace(output, definitions), new Practice(store), secret(), secret());
      server.start();
      return app;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String secret() {
    byte[] secret = new byte[TOKEN_BYTES];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address to open first: it carries the token, which the app exchanges for a cookie. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
  }

  /** Waits until the coach quits from the page (or {@link #close()} is called). */
  public void awaitQuit() throws InterruptedException {
    stopped.await();
  }

  /**
   * Stops the server, cancels a run under way (letting the reports being written finish) and
   * removes the app's private copies of the exports.
   */
  @Override
  public synchronized void close() {
    if (stopped.getCount() == 0) {
      return;
    }
    server.stop(0);
    if (workspace.job().isPresent()) {
      ReportJob job = workspace.job().get();
      job.cancel();
      try {
        job.awaitEnd(Duration.ofSeconds(60)); // the reports being written finish whole
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    threads.shutdownNow();
    practice.close();
    workspace.close();
    stopped.countDown();
  }

  private void route(String key, Handler handler) {
    routes.put(key, handler);
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Handler handler = routes.get(method + " " + path);
    if (handler == null) {
      for (Map.Entry<String, Handler> route : routes.entrySet()) {
        String key = route.getKey();
        if (key.endsWith("/*")
            && (method + " " + path).startsWith(key.substring(0, key.length() - 1))) {
          handler = route.getValue();
          break;
        }
      }
    }
    try {
      if (handler == null) {
        throw new Http.Refused(404, "There is no such page in Tandem.");
      }
      if (lock.locked() && !Lock.openWhileLocked(path)) {
        lockedPage(exchange);
        return;
      }
      handler.handle(exchange);
    } catch (Http.Refused refused) {
      problemPage(exchange, refused.status, refused.getMessage());
    } catch (DefinitionException e) {
      problemPage(
          exchange,
          500,
          "A questionnaire definition cannot be used: " + workspace.plain(e.getMessage()));
    } catch (RuntimeException e) {
      problemPage(
          exchange,
          500,
          "Tandem failed unexpectedly ("
              + e.getClass().getName()
              + "). This is a bug in"
              + " Tandem; please report it with what you did, not the data.");
    } finally {
      exchange.close();
    }
  }

  private static void lockedPage(HttpExchange exchange) throws IOException {
    Http.html(
        exchange,
        403,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>An assessment is under"
            + " way</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>An assessment is"
            + " under way</h1><p>This device is being used for a questionnaire. Coach: open Tandem again with the"
            + " address it printed when it started.</p></main></body></html>");
  }

  private static void problemPage(HttpExchange exchange, int status, String message)
      throws IOException {
    Http.html(
        exchange,
        status,
        Layout.page(
            Section.RESPONSES,
            "Something needs your attention",
            Layout.errorSummary(java.util.List.of(message))
                + "<p><a href=\"/responses\">Back to Tandem</a></p>"));
  }

  private void quit(HttpExchange exchange) throws IOException {
    Http.html(
        exchange,
        200,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Tandem has"
            + " stopped</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>Tandem has"
            + " stopped</h1><p>You can close this window. Your reports are in the reports folder.</p></main></body></html>");
    Thread stopper = new Thread(this::close, "tandem-app-quit");
    stopper.start();
  }

  private static void asset(HttpExchange exchange) throws IOException {
    String name = exchange.getRequestURI().getPath().substring("/static/".length());
    String type =
        switch (name) {
          case "app.css" -> "text/css; charset=utf-8";
          case "app.js" -> "text/javascript; charset=utf-8";
          default -> throw new Http.Refused(404, "There is no such file in Tandem.");
        };
    try (InputStream in = CoachApp.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the app's " + name + " is missing from the jar");
      }
      Http.bytes(exchange, 200, type, in.readAllBytes());
    }
  }
}
