package dev.tandem.stats;

import java.util.Arrays;

/**
 * The distinct values of a scale score with how often each occurs. A scale score is a mean or sum of
 * whole-number answers (or a weighted sum of such scores), so it takes few distinct values however
 * many clients there are: this holds everything the median, skew and kurtosis need in memory that
 * grows with the questionnaire, not with the number of clients. Values are told apart by their exact
 * bits; NaN (a missing score) is not counted. Not thread safe.
 */
final class ScoreHistogram {

  private static final long FREE = Double.doubleToRawLongBits(Double.NaN) ^ 0x5L;

  private long[] keys = new long[64];
  private long[] counts = new long[64];
  private int distinct;
  private long n;

  ScoreHistogram() {
    Arrays.fill(keys, FREE);
  }

  void add(double value) {
    if (Double.isNaN(value)) {
      return;
    }
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    int slot = slot(keys, bits);
    if (keys[slot] == FREE) {
      keys[slot] = bits;
      if (++distinct * 2 > keys.length) {
        grow();
        slot = slot(keys, bits);
      }
    }
    counts[slot]++;
    n++;
  }

  /** How many values were added (NaN not counted). */
  long n() {
    return n;
  }

  int distinct() {
    return distinct;
  }

  /** The distinct values in ascending order. */
  double[] values() {
    double[] values = new double[distinct];
    int next = 0;
    for (long key : keys) {
      if (key != FREE) {
        values[next++] = Double.longBitsToDouble(key);
      }
    }
    Arrays.sort(values);
    return values;
  }

  /** How often {@code value} was added. */
  long count(double value) {
    long bits = Double.doubleToLongBits(value == 0.0 ? 0.0 : value);
    int slot = slot(keys, bits);
    return keys[slot] == FREE ? 0 : counts[slot];
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slot(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static int slot(long[] keys, long bits) {
    int mask = keys.length - 1;
    long h = bits * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (keys[slot] != FREE && keys[slot] != bits) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
