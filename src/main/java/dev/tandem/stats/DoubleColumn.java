package dev.tandem.stats;

import java.util.Arrays;

/** A growable array of doubles, for the scale scores that median and skew need. Not thread safe. */
final class DoubleColumn {

  private double[] values = new double[64];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  double get(int i) {
    return values[i];
  }

  /** The non-missing values, in the order added. */
  double[] present() {
    return Arrays.stream(values, 0, size).filter(v -> !Double.isNaN(v)).toArray();
  }
}
