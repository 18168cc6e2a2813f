package dev.tandem.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.tandem.form.Form;
import dev.tandem.form.HtmlForm;
import dev.tandem.form.InSession;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.Handovers;
import dev.tandem.store.Session;
import dev.tandem.store.Sessions;
import dev.tandem.store.StoredClient;
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
 * returns with the token. For a couple on one device the coach names both partners: when the first
 * finishes, their page gives way to a thank-you that says to hand the device over, and the second
 * partner starts an assessment of their own from there; the turn is kept in the store ({@link
 * Handovers}), so it survives the app being closed between the partners. The first partner's
 * assessment is closed, and its address shows only the thank-you.
 */
final class AssessmentPage {

  /** The header every answer carries: a request a page of another site makes cannot have it. */
  static final String HEADER = "X-Tandem-Answer";

  /** The end of the address the handover page posts to, to start the second partner's turn. */
  static final String NEXT = "/next";

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
   * client's page; with a second partner, plans their turn after the first.
   */
  void start(HttpExchange exchange) throws IOException {
    Map<String, List<String>> form = Http.form(exchange);
    String client = chosen(form, "client", "code");
    String partner = chosen(form, "partner", "partner-code");
    String couple = Http.first(form, "couple").strip();
    Optional<String> problem = problem(client, partner, couple);
    if (problem.isPresent()) {
      workspace.flash(List.of(problem.get()));
      Http.redirect(exchange, Section.PRACTICE.path);
      return;
    }
    Questionnaire questionnaire = questionnaire(Http.first(form, "questionnaire"));
    Session session =
        sessions()
            .start(
                client,
                Optional.empty(),
                couple.isEmpty() ? Optional.empty() : Optional.of(couple),
                questionnaire);
    if (!partner.isEmpty()) {
      handovers().plan(session, new Handovers.Next(partner, couple, questionnaire.id()));
    }
    lock.lock();
    Http.redirect(exchange, PREFIX + session.token());
  }

  /**
   * POST /assessment/TOKEN/next, from the first partner's thank-you: starts the second partner's
   * own assessment and opens it.
   */
  void handOver(HttpExchange exchange) throws IOException {
    String first = token(exchange, NEXT);
    if (sessions().find(first).isPresent()) {
      throw new Http.Refused(409, "This questionnaire is not finished yet.");
    }
    Session session =
        handovers()
            .take(first, this::questionnaire)
            .orElseThrow(
                () ->
                    new Http.Refused(404, "Nobody is waiting to answer after this questionnaire."));
    Http.redirect(exchange, PREFIX + session.token());
  }

  /**
   * GET /assessment/TOKEN: the client's page with the answers given so far, or a plain end page.
   */
  void show(HttpExchange exchange) throws IOException {
    String token = token(exchange, "");
    Optional<Session> session = sessions().find(token);
    if (session.isEmpty()) {
      ended(exchange, token);
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
    InSession target =
        new InSession(PREFIX + token + "/answer", PREFIX + token, HEADER, headerValue, saved);
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

  /**
   * The end page: a thank-you, and when a partner answers next, whom to hand the device to and the
   * button that starts their turn.
   */
  private void ended(HttpExchange exchange, String token) throws IOException {
    String next =
        handovers()
            .after(token)
            .map(partner -> shownAs(partner.respondentId()))
            .map(
                shownAs ->
                    "<p>Your answers are saved.</p><h2>Please hand the device to "
                        + Html.text(shownAs)
                        + "</h2><p>They answer the same questionnaire now, on a page of their own; your"
                        + " answers are not shown to them.</p><form method=\"post\" action=\""
                        + PREFIX
                        + token
                        + NEXT
                        + "\"><button type=\"submit\">I am "
                        + Html.text(shownAs)
                        + ": start my questionnaire</button></form>")
            .orElse(
                "<p>This questionnaire is finished and your answers are saved. You can hand the device"
                    + " back to your coach.</p>");
    Http.html(
        exchange,
        200,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Thank you</title>"
            + "<link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main><h1>Thank you</h1>"
            + next
            + "</main></body></html>");
  }

  /** What stops the assessment the coach asked for from starting, if anything. */
  private static Optional<String> problem(String client, String partner, String couple) {
    if (client.isEmpty()) {
      return Optional.of("Choose a client, or type a new client's code, to start an assessment.");
    }
    if (!partner.isEmpty() && partner.equals(client)) {
      return Optional.of("Choose two different partners for a couple's assessment.");
    }
    if (!partner.isEmpty() && couple.isEmpty()) {
      return Optional.of(
          "Type the couple code both partners share to start a couple's assessment.");
    }
    return Optional.empty();
  }

  /** A stored client's name, else the code typed. */
  private String shownAs(String respondentId) {
    return practice.open().clients(Practice.schedule(workspace.questionnaires())).stream()
        .filter(client -> client.respondentId().equals(respondentId))
        .findFirst()
        .flatMap(StoredClient::name)
        .orElse(respondentId);
  }

  /** A client chosen from the list, else the code typed in the field beside it. */
  private static String chosen(Map<String, List<String>> form, String list, String typed) {
    String client = Http.first(form, list).strip();
    return client.isEmpty() ? Http.first(form, typed).strip() : client;
  }

  private Sessions sessions() {
    return practice.open().sessions();
  }

  private Handovers handovers() {
    return practice.open().handovers();
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
