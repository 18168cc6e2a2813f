package dev.tandem.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * One respondent's answers to one questionnaire, in the order of the questionnaire's items, as raw
 * values on the response scale (not reverse keyed). A missing answer is {@code NaN}.
 */
public final class Answers {

  private final double[] values;
  private final int answered;

  private Answers(double[] values, int answered) {
    this.values = values;
    this.answered = answered;
  }

  /** Copies the values; {@code NaN} marks a missing answer. */
  public static Answers of(double... values) {
    Objects.requireNonNull(values, "values must not be null");
    int count = 0;
    for (double value : values) {
      if (!Double.isNaN(value)) {
        count++;
      }
    }
    return new Answers(values.clone(), count);
  }

  /**
   * Takes the array as it is, for a reader that made it, counted its {@code answered} values (not
   * {@code NaN}) and lets go of it (no copy).
   */
  static Answers adopt(double[] values, int answered) {
    return new Answers(values, answered);
  }

  public int size() {
    return values.length;
  }

  public double get(int item) {
    return values[item];
  }

  public boolean isMissing(int item) {
    return Double.isNaN(values[item]);
  }

  public int answeredCount() {
    return answered;
  }

  public boolean isEmpty() {
    return answeredCount() == 0;
  }

  /**
   * A 64-bit fingerprint of the values, equal for equal answers, for {@link DuplicateResponses}:
   * each value's bits, their halves folded together, are taken in with one multiply and rotation,
   * and the result is finalised with SplitMix64.
   */
  long fingerprint() {
    long h = values.length;
    for (double value : values) {
      long bits = Double.doubleToLongBits(value);
      h = Long.rotateLeft((h ^ bits ^ (bits >>> 32)) * 0x9E37_79B9_7F4A_7C15L, 27);
    }
    return DuplicateResponses.mix(h);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answers that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /**
   * Deliberately says nothing about the values: answers are confidential and must not reach logs.
   */
  @Override
  public String toString() {
    return "Answers[" + values.length + " items, " + answeredCount() + " answered]";
  }
}
