package dev.tandem.app;

/**
 * Text made safe for HTML: every page's values go through {@link #text}, so nothing a file holds
 * becomes markup.
 */
final class Html {

  private Html() {}

  /** Escapes text for an element's content or a quoted attribute. */
  static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
