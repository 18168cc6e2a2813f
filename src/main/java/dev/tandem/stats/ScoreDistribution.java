package dev.tandem.stats;

import java.util.Arrays;

/**
 * The scores of one scale across a cohort, kept as counts of distinct values. Scale scores are
 * means or sums of a few whole-numbered answers, so even a million clients have only hundreds of
 * distinct scores, and memory stays small while median and moments remain exact. The counts are a
 * primitive open-addressing table keyed by the score's bits (two scores are the same value when
 * {@link Double#equals} says so), so adding a score allocates nothing. Should a scale ever have
 * more distinct scores than {@link #MAX_DISTINCT}, the values are kept one by one instead. Missing
 * scores (NaN) are not counted. Not thread safe.
 */
final class ScoreDistribution {

  static final int MAX_DISTINCT = 50_000;

  /** Marks a free slot: the bits of NaN, which is never counted. */
  private static final long FREE = Double.doubleToLongBits(Double.NaN);

  private long[] keys = freeSlots(64);
  private long[] counts = new long[64];
  private int distinct;
  private DoubleColumn values;

  void add(double score) {
    if (Double.isNaN(score)) {
      return;
    }
    if (values != null) {
      values.add(score);
      return;
    }
    long bits = Double.doubleToLongBits(score);
    int slot = slotOf(keys, bits);
    if (keys[slot] == FREE) {
      keys[slot] = bits;
      distinct++;
      if (distinct * 4 > keys.length * 3) {
        grow();
        slot = slotOf(keys, bits);
      }
    }
    counts[slot]++;
    if (distinct > MAX_DISTINCT) {
      values = new DoubleColumn();
      for (int i = 0; i < keys.length; i++) {
        for (long n = 0; n < counts[i]; n++) {
          values.add(Double.longBitsToDouble(keys[i]));
        }
      }
      keys = new long[0];
      counts = new long[0];
    }
  }

  Descriptives describe() {
    if (values != null) {
      double[] sorted = values.present();
      Arrays.sort(sorted);
      long[] ones = new long[sorted.length];
      Arrays.fill(ones, 1);
      return Descriptives.of(sorted, ones);
    }
    double[] sorted = new double[distinct];
    int next = 0;
    for (long key : keys) {
      if (key != FREE) {
        sorted[next++] = Double.longBitsToDouble(key);
      }
    }
    Arrays.sort(sorted);
    long[] weights = new long[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      weights[i] = counts[slotOf(keys, Double.doubleToLongBits(sorted[i]))];
    }
    return Descriptives.of(sorted, weights);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = freeSlots(oldKeys.length * 2);
    counts = new long[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slotOf(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  /** The slot holding these bits, or the free slot where they belong. */
  private static int slotOf(long[] keys, long bits) {
    int mask = keys.length - 1;
    long spread = bits * 0x9E37_79B9_7F4A_7C15L;
    int slot = (int) (spread >>> 40) & mask;
    while (keys[slot] != FREE && keys[slot] != bits) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long[] freeSlots(int size) {
    long[] slots = new long[size];
    Arrays.fill(slots, FREE);
    return slots;
  }
}
