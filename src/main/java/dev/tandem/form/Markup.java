package dev.tandem.form;

/** Escaping definition text for the HTML that Qualtrics, LimeSurvey and the HTML form show. */
final class Markup {

  private Markup() {}

  /**
   * The text with {@code & < >} escaped, safe in element content (definition text never goes into
   * an attribute). Quotes and apostrophes stay as they are, so that a survey tool that exports the
   * text it shows writes the statement exactly.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A paragraph of the text, or nothing when the text is empty or missing. */
  static String paragraph(String text) {
    return text == null || text.isBlank() ? "" : "<p>" + escape(text.strip()) + "</p>";
  }
}
