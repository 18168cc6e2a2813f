package dev.tandem.form;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the HTML form runs inside a coaching session: each answer is sent as it is given, as JSON
 * {@code {"column": "sol01", "value": 4}} (and {@code {"finished": true}} at the end), by POST to
 * {@code answerPath} on the page's own origin with the header {@code headerName: headerValue} for
 * the server to check; {@code saved} holds the answers already given (column to value) that the
 * page starts from. Once the end is saved, the page replaces itself with {@code endPath} (the
 * server's own end page), so that going back cannot show the answers again.
 */
public record InSession(
    String answerPath,
    String endPath,
    String headerName,
    String headerValue,
    Map<String, Integer> saved) {

  private static final Pattern PATH = Pattern.compile("/(?!/)[A-Za-z0-9._~/%?&=+-]*");
  private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9-]+");

  public InSession {
    Objects.requireNonNull(answerPath, "answerPath must not be null");
    Objects.requireNonNull(endPath, "endPath must not be null");
    Objects.requireNonNull(headerName, "headerName must not be null");
    Objects.requireNonNull(headerValue, "headerValue must not be null");
    if (!PATH.matcher(answerPath).matches() || !PATH.matcher(endPath).matches()) {
      throw new IllegalArgumentException(
          "answerPath and endPath must be paths on the page's own origin, such as /answers/12");
    }
    if (!HEADER.matcher(headerName).matches()) {
      throw new IllegalArgumentException("headerName must be letters, digits and dashes");
    }
    saved = Map.copyOf(saved);
  }
}
