package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Normalising headers and labels for matching, and shortening headers for messages. */
final class Text {

  /** How many characters of a header a message shows. */
  static final int SHORT_HEADER = 40;

  private Text() {}

  /**
   * Lower case, every run of characters that are neither letters nor digits turned into one space,
   * trimmed: "I can't say NO!" and "i can t say no" match.
   */
  static String words(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** Letters and digits only, lower case: the key for recognising metadata column names. */
  static String key(String text) {
    return words(text).replace(" ", "");
  }

  /** Lower case with runs of white space collapsed: how answer labels are compared. */
  static String label(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The forms of a header to try against item texts: the header itself, without trailing hints in
   * brackets or parentheses, the text of a trailing {@code [row]} (Google Forms grids), and the
   * part after the last " - " (Qualtrics matrix questions).
   */
  static List<String> variants(String header) {
    List<String> variants = new ArrayList<>();
    String stripped = header.strip();
    variants.add(stripped);
    bracketed(stripped).ifPresent(variants::add);
    String withoutHints = stripped;
    while (true) {
      String shorter = withoutHints.replaceFirst("\\s*(\\[[^\\[\\]]*\\]|\\([^()]*\\))\\s*$", "");
      if (shorter.equals(withoutHints) || shorter.isBlank()) {
        break;
      }
      withoutHints = shorter;
    }
    variants.add(withoutHints);
    int dash = withoutHints.lastIndexOf(" - ");
    if (dash > 0) {
      variants.add(withoutHints.substring(dash + 3));
    }
    return variants;
  }

  private static Optional<String> bracketed(String header) {
    if (!header.endsWith("]")) {
      return Optional.empty();
    }
    int open = header.lastIndexOf('[');
    return open < 0
        ? Optional.empty()
        : Optional.of(header.substring(open + 1, header.length() - 1));
  }

  /** A header as messages show it: on one line, at most {@value #SHORT_HEADER} characters. */
  static String shortHeader(String header) {
    String flat = header.strip().replaceAll("\\s+", " ");
    return flat.length() <= SHORT_HEADER ? flat : flat.substring(0, SHORT_HEADER) + "...";
  }
}
