package dev.tandem.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.questionnaire.Scale;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The client-facing questionnaire page, one self-contained HTML file (its style and script inline,
 * no network, a Content-Security-Policy that allows nothing else). The same page serves two uses:
 * offline, a client fills it in from a USB stick or an e-mail attachment and "Save my answers"
 * writes a response file in Tandem's plain layout; in session ({@link InSession}), each answer goes
 * to the page's own server as it is given. Instructions come first, then the statements a short
 * page at a time (one at a time in session), then a thank-you without scores. Without JavaScript,
 * and when printed, the whole questionnaire shows on one page.
 */
public final class HtmlForm {

  /** Statements per page: a short page offline, one at a time in session. */
  static final int OFFLINE_PAGE = 5;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STYLE = resource("form.css");
  private static final String SCRIPT = resource("form.js");

  private final Form form;
  private final Optional<InSession> session;
  private final StringBuilder html = new StringBuilder(64 * 1024);

  private HtmlForm(Form form, Optional<InSession> session) {
    this.form = form;
    this.session = session;
  }

  /** The page a client fills in on their own and saves as a response file. */
  public static String offline(Form form) {
    return new HtmlForm(form, Optional.empty()).render();
  }

  /** The page for an assessment in session, sending each answer to the server that served it. */
  public static String inSession(Form form, InSession session) {
    return new HtmlForm(form, Optional.of(session)).render();
  }

  /**
   * The page's Content-Security-Policy: its own inline style and script (by hash) and nothing else;
   * in session, answers may go to the page's own origin. A server that serves the page sends this
   * policy as its header too, since a header policy of its own would block the inline script.
   */
  public static String contentSecurityPolicy(boolean inSession) {
    return "default-src 'none'; style-src '"
        + hash(STYLE)
        + "'; script-src '"
        + hash(SCRIPT)
        + "'; img-src data:; connect-src "
        + (inSession ? "'self'" : "'none'")
        + "; form-action 'none'; base-uri 'none'";
  }

  private String render() {
    html.append("<!DOCTYPE html>\n<html lang=\"")
        .append(Markup.escape(form.language()))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(contentSecurityPolicy(session.isPresent()))
        .append("\">\n")
        // in session the answers' Origin must reach the server, which "no-referrer" would make
        // "null"
        .append("<meta name=\"referrer\" content=\"")
        .append(session.isPresent() ? "same-origin" : "no-referrer")
        .append("\">\n")
        .append("<title>")
        .append(Markup.escape(form.title()))
        .append("</title>\n")
        .append("<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<header>\n")
        .append("<h1>")
        .append(Markup.escape(form.title()))
        .append("</h1>\n")
        .append(
            "<div class=\"progress\" id=\"progress\" hidden><progress id=\"progress-bar\" aria-label=\"Statements answered\" max=\"")
        .append(columns().size())
        .append("\" value=\"0\"></progress>")
        .append("<span id=\"progress-text\" aria-live=\"polite\"></span></div>\n</header>\n");
    if (session.isEmpty()) {
      html.append(
          "<noscript><p class=\"problems\">Saving your answers needs JavaScript, which is switched off."
              + " You can print this page and fill it in on paper instead.</p></noscript>\n");
    }
    html.append("<div class=\"problems\" id=\"problems\" role=\"alert\" tabindex=\"-1\" hidden>")
        .append("<h2>Before you finish</h2><ul></ul></div>\n")
        .append("<form id=\"answers\" novalidate>\n");
    int number = 1;
    for (int q = 0; q < form.questionnaires().size(); q++) {
      Questionnaire questionnaire = form.questionnaires().get(q);
      String language = language(questionnaire);
      instructions(questionnaire, q == 0, language);
      List<Item> items = questionnaire.items();
      int perPage = session.isPresent() ? 1 : OFFLINE_PAGE;
      for (int start = 0; start < items.size(); start += perPage) {
        html.append("<section class=\"page\"").append(language).append(">\n");
        for (Item item : items.subList(start, Math.min(items.size(), start + perPage))) {
          statement(questionnaire, item, number++);
        }
        html.append("</section>\n");
      }
    }
    thanks();
    html.append("</form>\n<p class=\"status\" id=\"status\" aria-live=\"polite\"></p>\n")
        .append("<nav class=\"steps\" id=\"steps\" hidden>")
        .append("<button type=\"button\" class=\"secondary\" id=\"back\">Back</button>")
        .append("<button type=\"button\" id=\"next\">Next</button></nav>\n</main>\n")
        .append("<script type=\"application/json\" id=\"tandem-settings\">")
        .append(settings())
        .append("</script>\n")
        .append("<script>")
        .append(SCRIPT)
        .append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  /**
   * The {@code lang} attribute of a questionnaire's pages when its language is not the page's own,
   * else nothing.
   */
  private String language(Questionnaire questionnaire) {
    return questionnaire.language().equals(form.language())
        ? ""
        : " lang=\"" + Markup.escape(questionnaire.language()) + "\"";
  }

  private void instructions(Questionnaire questionnaire, boolean first, String language) {
    html.append("<section class=\"page\"")
        .append(language)
        .append(">\n<h2>")
        .append(Markup.escape(questionnaire.title()))
        .append("</h2>\n")
        .append(Markup.paragraph(questionnaire.instructions()))
        .append('\n');
    if (first && session.isEmpty()) {
      field(
          "client",
          "Your name or client code",
          "So that your coach knows whose answers these are.",
          "name");
      field("couple", Form.COUPLE_CODE, Form.COUPLE_CODE_HELP, "off");
    }
    html.append("</section>\n");
  }

  private void field(String id, String label, String hint, String autocomplete) {
    html.append("<div class=\"field\"><label for=\"")
        .append(id)
        .append("\">")
        .append(Markup.escape(label))
        .append("</label><span class=\"hint\" id=\"")
        .append(id)
        .append("-hint\">")
        .append(Markup.escape(hint))
        .append("</span><input type=\"text\" id=\"")
        .append(id)
        .append("\" name=\"")
        .append(id)
        .append("\" autocomplete=\"")
        .append(autocomplete)
        .append("\" aria-describedby=\"")
        .append(id)
        .append("-hint\" required></div>\n");
  }

  private void statement(Questionnaire questionnaire, Item item, int number) {
    String column = Markup.escape(form.column(questionnaire, item));
    ResponseScale scale = questionnaire.responseScale();
    html.append("<fieldset class=\"statement\" id=\"statement-")
        .append(column)
        .append("\">\n<legend><span class=\"number\">")
        .append(number)
        .append(".</span> ")
        .append(Markup.escape(item.text()))
        .append("</legend>\n")
        .append("<div class=\"options\">");
    for (int value = scale.min(); value <= scale.max(); value++) {
      html.append("<label><input type=\"radio\" name=\"")
          .append(column)
          .append("\" value=\"")
          .append(value)
          .append("\"><span>")
          .append(Markup.escape(scale.label(value)))
          .append("</span></label>");
    }
    html.append("</div>\n</fieldset>\n");
  }

  private void thanks() {
    html.append("<section class=\"page\" id=\"thanks\">\n<h2>Thank you</h2>\n");
    if (session.isPresent()) {
      html.append("<p>Your answers are saved. You can hand the device back to your coach.</p>\n");
    } else {
      html.append(
              "<p>Your answers stay on this device until you save them. Save them as a file, then send the"
                  + " file to your coach, for example as an e-mail attachment.</p>\n")
          .append(
              "<p><a class=\"button\" id=\"save\" href=\"#\" download=\"answers.csv\">Save my answers</a></p>\n");
    }
    html.append("</section>\n");
  }

  private List<String> columns() {
    return form.questionnaires().stream()
        .flatMap(q -> q.items().stream().map(item -> form.column(q, item)))
        .toList();
  }

  private String settings() {
    ObjectNode settings = JSON.createObjectNode();
    settings.put("mode", session.isPresent() ? "session" : "offline");
    settings.put("stem", form.fileStem());
    ArrayNode identity = settings.putArray("identity");
    Form.IDENTITY_HEADERS.forEach(identity::add);
    ArrayNode columns = settings.putArray("columns");
    ObjectNode numbers = settings.putObject("numbers");
    List<String> all = columns();
    for (int i = 0; i < all.size(); i++) {
      columns.add(all.get(i));
      numbers.put(all.get(i), i + 1);
    }
    ArrayNode rules = settings.putArray("rules");
    for (Questionnaire questionnaire : form.questionnaires()) {
      for (Scale scale : Form.itemScales(questionnaire)) {
        ObjectNode rule = rules.addObject();
        rule.put("minimum", scale.minimumAnswered());
        ArrayNode ruleColumns = rule.putArray("columns");
        scale
            .itemIds()
            .forEach(
                id ->
                    ruleColumns.add(
                        form.column(questionnaire, questionnaire.item(id).orElseThrow())));
      }
    }
    session.ifPresent(
        s -> {
          ObjectNode target = settings.putObject("session");
          target.put("url", s.answerPath());
          target.put("end", s.endPath());
          target.put("header", s.headerName());
          target.put("token", s.headerValue());
          ObjectNode saved = settings.putObject("saved");
          s.saved().forEach(saved::put);
        });
    try {
      // "<", ">" and "&" escaped, so that no text of a definition can close the script element
      return JSON.writeValueAsString(settings)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlForm.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
