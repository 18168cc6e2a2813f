package dev.tandem.report;

import java.util.Map;

/**
 * Joins Arabic letters for a PDF: PDFBox draws one glyph per character and does not shape, so each
 * letter is replaced by its isolated, final, initial or medial presentation form (Unicode's Arabic
 * Presentation Forms), and lam followed by alef by their ligature. Text stays in logical order;
 * {@link PdfFonts} puts it in visual order afterwards. Marks (harakat) are transparent.
 */
final class ArabicShaping {

  /** A letter's isolated presentation form and whether it also joins to the letter after it. */
  private record Forms(int isolated, boolean dual) {}

  private static final Map<Integer, Forms> LETTERS =
      Map.ofEntries(
          Map.entry(0x0621, new Forms(0xFE80, false)), Map.entry(0x0622, new Forms(0xFE81, false)),
          Map.entry(0x0623, new Forms(0xFE83, false)), Map.entry(0x0624, new Forms(0xFE85, false)),
          Map.entry(0x0625, new Forms(0xFE87, false)), Map.entry(0x0626, new Forms(0xFE89, true)),
          Map.entry(0x0627, new Forms(0xFE8D, false)), Map.entry(0x0628, new Forms(0xFE8F, true)),
          Map.entry(0x0629, new Forms(0xFE93, false)), Map.entry(0x062A, new Forms(0xFE95, true)),
          Map.entry(0x062B, new Forms(0xFE99, true)), Map.entry(0x062C, new Forms(0xFE9D, true)),
          Map.entry(0x062D, new Forms(0xFEA1, true)), Map.entry(0x062E, new Forms(0xFEA5, true)),
          Map.entry(0x062F, new Forms(0xFEA9, false)), Map.entry(0x0630, new Forms(0xFEAB, false)),
          Map.entry(0x0631, new Forms(0xFEAD, false)), Map.entry(0x0632, new Forms(0xFEAF, false)),
          Map.entry(0x0633, new Forms(0xFEB1, true)), Map.entry(0x0634, new Forms(0xFEB5, true)),
          Map.entry(0x0635, new Forms(0xFEB9, true)), Map.entry(0x0636, new Forms(0xFEBD, true)),
          Map.entry(0x0637, new Forms(0xFEC1, true)), Map.entry(0x0638, new Forms(0xFEC5, true)),
          Map.entry(0x0639, new Forms(0xFEC9, true)), Map.entry(0x063A, new Forms(0xFECD, true)),
          Map.entry(0x0641, new Forms(0xFED1, true)), Map.entry(0x0642, new Forms(0xFED5, true)),
          Map.entry(0x0643, new Forms(0xFED9, true)), Map.entry(0x0644, new Forms(0xFEDD, true)),
          Map.entry(0x0645, new Forms(0xFEE1, true)), Map.entry(0x0646, new Forms(0xFEE5, true)),
          Map.entry(0x0647, new Forms(0xFEE9, true)), Map.entry(0x0648, new Forms(0xFEED, false)),
          Map.entry(0x0649, new Forms(0xFEEF, false)), Map.entry(0x064A, new Forms(0xFEF1, true)),
          Map.entry(0x067E, new Forms(0xFB56, true)), Map.entry(0x0686, new Forms(0xFB7A, true)),
          Map.entry(0x0698, new Forms(0xFB8A, false)), Map.entry(0x06A9, new Forms(0xFB8E, true)),
          Map.entry(0x06AF, new Forms(0xFB92, true)), Map.entry(0x06CC, new Forms(0xFBFC, true)));

  /** Lam-alef ligatures (isolated form; the final form follows it), by the alef they join. */
  private static final Map<Integer, Integer> LAM_ALEF =
      Map.of(0x0622, 0xFEF5, 0x0623, 0xFEF7, 0x0625, 0xFEF9, 0x0627, 0xFEFB);

  private static final int LAM = 0x0644;
  private static final int TATWEEL = 0x0640;

  private static final int FINAL = 1;
  private static final int INITIAL = 2;
  private static final int MEDIAL = 3;

  private ArabicShaping() {}

  /** Whether the text holds a letter this class shapes; most text does not, and is left alone. */
  static boolean needed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0600 && c <= 0x06FF) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with every Arabic letter in the form its neighbours call for, still in logical order.
   */
  static String shape(String text) {
    if (!needed(text)) {
      return text;
    }
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      Forms forms = LETTERS.get(cp);
      if (forms == null) {
        out.appendCodePoint(cp);
        continue;
      }
      boolean joinsBefore = joinsForward(cps, previous(cps, i));
      int next = next(cps, i);
      if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
        out.appendCodePoint(LAM_ALEF.get(cps[next]) + (joinsBefore ? FINAL : 0));
        i = next;
        continue;
      }
      boolean joinsAfter =
          forms.dual() && next >= 0 && (LETTERS.containsKey(cps[next]) || cps[next] == TATWEEL);
      int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : 0);
      if (forms.isolated() == 0xFE80) {
        form = 0;
      }
      out.appendCodePoint(forms.isolated() + form);
    }
    return out.toString();
  }

  private static boolean joinsForward(int[] cps, int index) {
    if (index < 0) {
      return false;
    }
    Forms forms = LETTERS.get(cps[index]);
    return cps[index] == TATWEEL || (forms != null && forms.dual());
  }

  /** The index of the nearest letter before {@code i}, skipping marks; -1 if none. */
  private static int previous(int[] cps, int i) {
    for (int j = i - 1; j >= 0; j--) {
      if (!isMark(cps[j])) {
        return j;
      }
    }
    return -1;
  }

  private static int next(int[] cps, int i) {
    for (int j = i + 1; j < cps.length; j++) {
      if (!isMark(cps[j])) {
        return j;
      }
    }
    return -1;
  }

  private static boolean isMark(int cp) {
    return Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
