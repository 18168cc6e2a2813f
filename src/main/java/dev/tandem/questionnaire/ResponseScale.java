package dev.tandem.questionnaire;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The answer options every item of a questionnaire shares: whole numbers min..max, each labelled.
 */
public record ResponseScale(int min, int max, Map<Integer, String> labels) {

  public ResponseScale {
    if (min >= max) {
      throw new IllegalArgumentException("min must be below max");
    }
    labels = Collections.unmodifiableMap(new TreeMap<>(labels));
  }

  public int points() {
    return max - min + 1;
  }

  /**
   * The reverse-keyed value of an answer: min + max - x, from the scale's bounds, never the data.
   */
  public double reverse(double answer) {
    return min + max - answer;
  }

  public boolean contains(int value) {
    return value >= min && value <= max;
  }

  public String label(int value) {
    return labels.getOrDefault(value, Integer.toString(value));
  }

  /** The value whose label matches, ignoring case and runs of spaces. */
  public Optional<Integer> valueOf(String label) {
    String wanted = normalise(label);
    for (Map.Entry<Integer, String> entry : labels.entrySet()) {
      if (normalise(entry.getValue()).equals(wanted)) {
        return Optional.of(entry.getKey());
      }
    }
    return Optional.empty();
  }

  private static String normalise(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
