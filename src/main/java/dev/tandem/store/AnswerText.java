package dev.tandem.store;

import dev.tandem.ingest.Answers;

/**
 * How a response's answers are kept in a column: the raw values in item order, comma-separated,
 * whole numbers without a decimal point, nothing between the commas where an answer is missing.
 */
final class AnswerText {

  private AnswerText() {}

  static String encode(Answers answers) {
    StringBuilder text = new StringBuilder(answers.size() * 2);
    for (int item = 0; item < answers.size(); item++) {
      if (item > 0) {
        text.append(',');
      }
      if (!answers.isMissing(item)) {
        double value = answers.get(item);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
          text.append((long) value);
        } else {
          text.append(value);
        }
      }
    }
    return text.toString();
  }

  static Answers decode(String text) {
    int size = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ',') {
        size++;
      }
    }
    double[] values = new double[size];
    int item = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ',') {
        values[item++] = value(text, start, i);
        start = i + 1;
      }
    }
    return Answers.of(values);
  }

  /** The answer between {@code start} and {@code end}: most are one digit, read without parsing. */
  private static double value(String text, int start, int end) {
    if (end == start) {
      return Double.NaN;
    }
    char first = text.charAt(start);
    if (end == start + 1 && first >= '0' && first <= '9') {
      return first - '0';
    }
    return Double.parseDouble(text.substring(start, end));
  }
}
