package dev.tandem.ingest;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns cells into answers on one questionnaire's response scale: a whole number within the scale
 * ({@code 4}, {@code 4.0}, {@code 4,0}), or one of the scale's labels or the mapping file's labels,
 * ignoring case and spacing. Anything else is a problem code, never a guess. Results are cached per
 * distinct cell text, so a large file costs one map lookup per cell.
 */
final class AnswerReader {

  static final int NOT_AN_OPTION = Integer.MIN_VALUE;
  static final int OUT_OF_RANGE = Integer.MIN_VALUE + 1;
  static final int NOT_WHOLE = Integer.MIN_VALUE + 2;

  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d{1,9}(?:[.,]\\d+)?");
  private static final int CACHE_LIMIT = 4096;
  private static final int UNREAD = Integer.MIN_VALUE + 3;

  private final Questionnaire questionnaire;
  private final ResponseScale scale;
  private final Map<String, Integer> labels = new HashMap<>();
  private final Map<String, Integer> cache = new HashMap<>();
  // answers of one ASCII character (most numeric answers), read once each; UNREAD until then
  private final int[] oneCharacter = new int[128];
  private final String expected;

  AnswerReader(Questionnaire questionnaire, Map<String, Integer> extraLabels) {
    this.questionnaire = questionnaire;
    this.scale = questionnaire.responseScale();
    scale.labels().forEach((value, label) -> labels.put(Text.label(label), value));
    labels.putAll(extraLabels);
    Arrays.fill(oneCharacter, UNREAD);
    this.expected =
        "expected a whole number "
            + scale.min()
            + " to "
            + scale.max()
            + " or one of: "
            + String.join(", ", scale.labels().values());
  }

  /** The answer in a non-blank cell, or one of the problem codes. */
  int read(String cell) {
    if (cell.length() == 1 && cell.charAt(0) < oneCharacter.length) {
      int value = oneCharacter[cell.charAt(0)];
      if (value == UNREAD) {
        value = interpret(cell.strip());
        oneCharacter[cell.charAt(0)] = value;
      }
      return value;
    }
    Integer cached = cache.get(cell);
    if (cached != null) {
      return cached;
    }
    int value = interpret(cell.strip());
    if (cache.size() < CACHE_LIMIT) {
      cache.put(cell, value);
    }
    return value;
  }

  private int interpret(String cell) {
    if (NUMBER.matcher(cell).matches()) {
      double number = Double.parseDouble(cell.replace(',', '.'));
      if (number != Math.rint(number)) {
        return NOT_WHOLE;
      }
      return scale.contains((int) number) ? (int) number : OUT_OF_RANGE;
    }
    Integer value = labels.get(Text.label(cell));
    if (value == null) {
      return NOT_AN_OPTION;
    }
    return scale.contains(value) ? value : OUT_OF_RANGE;
  }

  /**
   * The scale label a cell that is not an option is most likely a misspelling of: one within two
   * letters' edits of it (and the cell at least four letters long, so that short codes and free
   * text are not taken for labels). Only such a cell, a survey author's typo in an option, is ever
   * named in a message; anything else may be a client's own words.
   */
  Optional<Map.Entry<Integer, String>> misspelt(String cell) {
    String text = Text.label(cell);
    if (text.length() < 4) {
      return Optional.empty();
    }
    Map.Entry<Integer, String> best = null;
    int bestDistance = 3;
    for (Map.Entry<Integer, String> label : scale.labels().entrySet()) {
      int distance = editDistance(text, Text.label(label.getValue()), bestDistance);
      if (distance < bestDistance) {
        best = label;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, or {@code limit} as soon as it is known to be at least that. */
  private static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }

  /** Why a problem code was given; the cell's content is never part of it. */
  String reason(int code) {
    return switch (code) {
      case OUT_OF_RANGE ->
          "the answer is outside the response scale of " + questionnaire.id() + "; " + expected;
      case NOT_WHOLE -> "the answer is not a whole number; " + expected;
      default -> "the answer is not one of the options of " + questionnaire.id() + "; " + expected;
    };
  }

  /** What the coach can do about a problem code. */
  static String action(int code) {
    return code == NOT_AN_OPTION
        ? "Correct the cell or map the label in a --mapping file; the answer was treated as missing"
        : "Correct the cell; the answer was treated as missing, not rounded or clamped";
  }
}
