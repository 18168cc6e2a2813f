package dev.tandem.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which blocks hold a response with a given key fingerprint ({@link PackedResponse#fingerprint}),
 * in memory for the length of an import: an open-addressing table of fingerprints and block ids, 24
 * to 48 bytes per stored response. A fingerprint found in several blocks (different keys with the
 * same digest, which is rare) keeps all of them.
 */
final class KeyIndex {

  private static final int EMPTY = 0;
  private static final int SEVERAL = -1;

  private long[] fingerprints;
  private int[] blocks;
  private int size;
  private final Map<Long, int[]> shared = new HashMap<>();

  KeyIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    fingerprints = new long[capacity];
    blocks = new int[capacity];
  }

  /** Notes that block {@code block} (a positive id) holds a response with this fingerprint. */
  void add(long fingerprint, int block) {
    if ((size + 1) * 2 > fingerprints.length) {
      grow();
    }
    int slot = slot(fingerprint);
    if (fingerprints[slot] == EMPTY) {
      fingerprints[slot] = fingerprint;
      blocks[slot] = block;
      size++;
      return;
    }
    int[] known = blocks[slot] == SEVERAL ? shared.get(fingerprint) : new int[] {blocks[slot]};
    if (Arrays.stream(known).noneMatch(id -> id == block)) {
      int[] more = Arrays.copyOf(known, known.length + 1);
      more[known.length] = block;
      shared.put(fingerprint, more);
      blocks[slot] = SEVERAL;
    }
  }

  /** The blocks that may hold a response with this fingerprint; none when it is not stored. */
  int[] blocks(long fingerprint) {
    int slot = slot(fingerprint);
    if (fingerprints[slot] == EMPTY) {
      return new int[0];
    }
    return blocks[slot] == SEVERAL ? shared.get(fingerprint) : new int[] {blocks[slot]};
  }

  /** The slot holding this fingerprint, or the empty one where it would go. */
  private int slot(long fingerprint) {
    int mask = fingerprints.length - 1;
    int slot = (int) fingerprint & mask;
    while (fingerprints[slot] != EMPTY && fingerprints[slot] != fingerprint) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldFingerprints = fingerprints;
    int[] oldBlocks = blocks;
    fingerprints = new long[oldFingerprints.length * 2];
    blocks = new int[oldBlocks.length * 2];
    for (int i = 0; i < oldFingerprints.length; i++) {
      if (oldFingerprints[i] != EMPTY) {
        int slot = slot(oldFingerprints[i]);
        fingerprints[slot] = oldFingerprints[i];
        blocks[slot] = oldBlocks[i];
      }
    }
  }
}
