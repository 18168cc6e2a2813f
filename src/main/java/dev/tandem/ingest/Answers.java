package dev.tandem.ingest;

import java.util.Arrays;
import java.util.Objects;

/**
 * One respondent's answers to one questionnaire, in the order of the questionnaire's items, as raw
 * values on the response scale (not reverse keyed). A missing answer is {@code NaN}.
 */
public final class Answers {

  /** How a missing answer is kept among small ones. */
  private static final byte MISSING = Byte.MIN_VALUE;

  // exactly one is set: small whole numbers a byte each (as a response scale's are), or any values
  private final byte[] small;
  private final double[] values;
  private final int answered;

  private Answers(byte[] small, double[] values, int answered) {
    this.small = small;
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
    return new Answers(null, values.clone(), count);
  }

  /**
   * Keeps a copy of what a reader read ({@code answered} of the values are not {@code NaN}), as a
   * byte a value when every answer is a whole number from -127 to 127, which is most of the memory
   * a response takes (and of what crosses between threads while a large export is read); the reader
   * may reuse its array.
   */
  static Answers read(double[] values, int answered) {
    byte[] small = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      double value = values[i];
      if (Double.isNaN(value)) {
        small[i] = MISSING;
      } else if (value >= -127
          && value <= 127
          && Double.doubleToLongBits(value) == Double.doubleToLongBits((byte) value)) {
        small[i] = (byte) value;
      } else {
        return new Answers(null, values.clone(), answered);
      }
    }
    return new Answers(small, null, answered);
  }

  public int size() {
    return small != null ? small.length : values.length;
  }

  public double get(int item) {
    if (small != null) {
      byte value = small[item];
      return value == MISSING ? Double.NaN : value;
    }
    return values[item];
  }

  public boolean isMissing(int item) {
    return small != null ? small[item] == MISSING : Double.isNaN(values[item]);
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
    int size = size();
    long h = size;
    for (int i = 0; i < size; i++) {
      long bits = Double.doubleToLongBits(get(i));
      h = Long.rotateLeft((h ^ bits ^ (bits >>> 32)) * 0x9E37_79B9_7F4A_7C15L, 27);
    }
    return DuplicateResponses.mix(h);
  }

  /** Equal values, compared as {@link Arrays#equals(double[], double[])} compares them. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Answers that) || that.size() != size()) {
      return false;
    }
    for (int i = 0; i < size(); i++) {
      if (Double.doubleToLongBits(get(i)) != Double.doubleToLongBits(that.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** As {@link Arrays#hashCode(double[])} of the values. */
  @Override
  public int hashCode() {
    int hash = 1;
    for (int i = 0; i < size(); i++) {
      long bits = Double.doubleToLongBits(get(i));
      hash = 31 * hash + (int) (bits ^ (bits >>> 32));
    }
    return hash;
  }

  /**
   * Deliberately says nothing about the values: answers are confidential and must not reach logs.
   */
  @Override
  public String toString() {
    return "Answers[" + size() + " items, " + answeredCount() + " answered]";
  }
}
