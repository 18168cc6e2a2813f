package dev.tandem.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.tandem.form.Form;
import dev.tandem.form.HtmlForm;
import dev.tandem.form.InSession;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.Session;
import dev.tandem.store.Sessions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An assessment in the session: the coach starts it for a client and questionnaire, the client
 * answers on the page {@link HtmlForm#inSession} renders (the form's own page, no coach data on
 * it), each answer posted with {@link #HEADER} and saved to the store at once, so a closed browser
 * resumes where it stopped. Starting one locks the coach's pages ({@link Lock}) until the coach
 * returns with the token.
 */
final class AssessmentPage {

  /** The header every answer carries: a request a page of another site makes cannot have it. */
  static final String HEADER = "X-Tandem-Answer";

  private static final String PREFIX = "/assessment/";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,64}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ANSWER_BYTES = 4096;

  private final Workspace workspace;
  private final Practice practice;
  private final Lock lock;
  private final String headerValue;

  AssessmentPage(Workspace workspace, Practice practice, Lock lock, String headerValue) {
    this.workspace = workspace;
    this.practice = practice;
    this.lock = lock;
    this.headerValue = headerValue;
  }

  /**
   * Starts (or resumes) the assessment the coach chose, locks the coach's pages and opens the
   * client's page.
   */
  void start(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String client = Http.first(form, "client").strip();
    if (client.isEmpty()) {
      client = Http.first(form, "code").strip();
    }
    if (client.isEmpty()) {
      workspace.flash(
          List.of("Choose a client, or type a new client's code, to start an assessment."));
      Http.redirect(exchange, Section.PRACTICE.path);
      return;
    }
    Questionnaire questionnaire = questionnaire(Http.first(form, "questionnaire"));
    String couple = Http.first(form, "couple").strip();
    Session session =
        practice
            .open()
            .sessions()
            .start(
                client,
                Optional.empty(),
                couple.isEmpty() ? Optional.empty() : Optional.of(couple),
                questionnaire);
    lock.lock();
    Http.redirect(exchange, PREFIX + session.token());
  }

  /**
   * GET /assessment/TOKEN: the client's page with the answers given so far, or a plain end page.
   */
  void show(HttpExchange exchange) throws IOException {
    String token = token(exchange, "");
    Optional<Session> session = sessions().find(token);
    if (session.isEmpty()) {
      ended(exchange);
      return;
    }
    Questionnaire questionnaire = questionnaire(session.get().questionnaireId());
    Form form = new Form(List.of(questionnaire));
    Map<String, Integer> saved = new LinkedHashMap<>();
    List<Item> items = questionnaire.items();
    for (int i = 0; i < items.size(); i++) {
      if (!session.get().answers().isMissing(i)) {
        saved.put(form.column(questionnaire, items.get(i)), (int) session.get().answers().get(i));
      }
    }
    InSession target = new InSession(PREFIX + token + "/answer", HEADER, headerValue, saved);
    exchange
        .getResponseHeaders()
        .set(
            "Content-Security-Policy",
            HtmlForm.contentSecurityPolicy(true) + "; frame-ancestors 'none'");
    Http.html(exchange, 200, HtmlForm.inSession(form, target));
  }

  /** POST /assessment/TOKEN/answer: {"column": "sol01", "value": 4}, or {"finished": true}. */
  void answer(HttpExchange exchange) throws IOException {
    String offered = String.valueOf(exchange.getRequestHeaders().getFirst(HEADER));
    if (!MessageDigest.isEqual(
        headerValue.getBytes(StandardCharsets.US_ASCII),
        offered.getBytes(StandardCharsets.US_ASCII))) {
      throw new Http.Refused(
          403, "This answer did not come from Tandem's own page, so it was refused.");
    }
    String token = token(exchange, "/answer");
    Session session =
        sessions()
            .find(token)
            .orElseThrow(
                () -> new Http.Refused(404, "This assessment is finished or no longer exists."));
    Questionnaire questionnaire = questionnaire(session.questionnaireId());
    JsonNode body = parse(Http.body(exchange, MAX_ANSWER_BYTES));
    try {
      if (body.path("finished").asBoolean(false)) {
        sessions().finish(token, questionnaire);
      } else {
        sessions()
            .answer(
                token,
                questionnaire,
                item(questionnaire, body.path("column").asText("")),
                value(body.get("value")));
      }
    } catch (IllegalArgumentException e) {
      throw new Http.Refused(400, "The answer could not be saved: " + e.getMessage() + ".");
    }
    Http.json(exchange, "{\"ok\":true}");
  }

  private void ended(HttpExchange exchange) throws IOException {
    Http.html(
        exchange,
        200,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Thank you</title>"
            + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>Thank you</h1>"
            + "<p>This questionnaire is finished and your answers are saved. You can hand the device back to your"
            + " coach.</p></main></body></html>");
  }

  private Sessions sessions() {
    return practice.open().sessions();
  }

  private Questionnaire questionnaire(String id) {
    Questionnaire questionnaire = Practice.byId(workspace.questionnaires()).get(id);
    if (questionnaire == null) {
      throw new Http.Refused(
          404, "There is no questionnaire \"" + id + "\" in the definitions folder.");
    }
    return questionnaire;
  }

  private static String token(HttpExchange exchange, String suffix) {
    String path = exchange.getRequestURI().getPath();
    String token = path.substring(PREFIX.length(), path.length() - suffix.length());
    if (!path.endsWith(suffix) || !TOKEN.matcher(token).matches()) {
      throw new Http.Refused(404, "There is no such assessment.");
    }
    return token;
  }

  private static int item(Questionnaire questionnaire, String column) {
    Form form = new Form(List.of(questionnaire));
    List<Item> items = questionnaire.items();
    for (int i = 0; i < items.size(); i++) {
      if (form.column(questionnaire, items.get(i)).equals(column)) {
        return i;
      }
    }
    throw new Http.Refused(400, "The answer names no statement of this questionnaire.");
  }

  private static double value(JsonNode value) {
    if (value == null || value.isNull()) {
      return Double.NaN; // an answer taken back
    }
    if (!value.isIntegralNumber()) {
      throw new Http.Refused(400, "The answer must be a whole number of the response scale.");
    }
    return value.asInt();
  }

  private static JsonNode parse(byte[] body) {
    try {
      JsonNode node = JSON.readTree(body);
      if (node == null || !node.isObject()) {
        throw new Http.Refused(400, "The answer could not be read.");
      }
      return node;
    } catch (IOException e) { // JsonProcessingException among them
      throw new Http.Refused(400, "The answer could not be read.");
    }
  }
}
