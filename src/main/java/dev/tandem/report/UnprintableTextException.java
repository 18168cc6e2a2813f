package dev.tandem.report;

import java.util.Locale;
import java.util.Set;

/**
 * A PDF needs a character that neither Tandem's bundled font nor any font on the machine can draw.
 * The message names the script (never the text, which may be a client's name) and the Debian
 * package whose fonts print it; {@link OutputFiles} adds which report was not written.
 */
final class UnprintableTextException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final Set<Character.UnicodeScript> EAST_ASIAN =
      Set.of(
          Character.UnicodeScript.HAN,
          Character.UnicodeScript.HIRAGANA,
          Character.UnicodeScript.KATAKANA,
          Character.UnicodeScript.HANGUL,
          Character.UnicodeScript.BOPOMOFO);

  UnprintableTextException(int codePoint) {
    super(describe(codePoint));
  }

  private static String describe(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    String name =
        script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.UNKNOWN
            ? String.format(Locale.ROOT, "a symbol (U+%04X)", codePoint)
            : words(script) + " characters";
    String debianPackage = EAST_ASIAN.contains(script) ? "fonts-droid-fallback" : "fonts-noto-core";
    return "the text has "
        + name
        + " that no font on this machine can print; install the Debian package "
        + debianPackage
        + " (sudo apt-get install "
        + debianPackage
        + ") and run Tandem again";
  }

  private static String words(Character.UnicodeScript script) {
    if (EAST_ASIAN.contains(script)) {
      return "Chinese, Japanese or Korean";
    }
    String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
