package dev.tandem.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The respondent of every response, to learn after one pass which respondents answered more than
 * once, in about 4.3 bytes a response. Each respondent is kept as the top 48 bits of their 64-bit
 * fingerprint ({@link #key}); a chunk of a million is sorted as it fills and packed: the low 32
 * bits of each in an int, and for each value of the top 16 bits where its run starts. Two
 * respondents whose keys agree (about one chance in five at ten million responses, one in five
 * hundred at a million) are taken as one who came twice; that costs the caller the passes it makes
 * for repeating respondents, never a wrong figure, since the caller tells them apart by their whole
 * fingerprint. Not thread safe.
 */
final class RespondentLog {

  private static final int CHUNK = 1 << 20;
  private static final int LOW_BITS = 32;
  private static final int RUNS = 1 << 16;

  private final List<Packed> packed = new ArrayList<>();
  private long[] current = new long[1024];
  private int size;

  /** The part of a fingerprint ({@link LatestIndex#hash} of a respondent id) that is kept. */
  static long key(long fingerprint) {
    return fingerprint >>> 16;
  }

  /** Adds one fingerprint ({@link LatestIndex#hash} of a respondent id). */
  void add(long fingerprint) {
    if (size == current.length) {
      if (current.length < CHUNK) {
        current = Arrays.copyOf(current, current.length * 4);
      } else {
        packed.add(Packed.of(current, size));
        size = 0;
      }
    }
    current[size++] = key(fingerprint);
  }

  /**
   * The keys that occur more than once, ascending (for {@link Arrays#binarySearch(long[], long)});
   * add nothing afterwards.
   */
  long[] repeated() {
    List<Packed> chunks = new ArrayList<>(packed);
    chunks.add(Packed.of(current, size));
    current = new long[0];
    size = 0;
    Repeats repeats = new Repeats();
    PriorityQueue<Cursor> heads = new PriorityQueue<>();
    for (Packed chunk : chunks) {
      Cursor cursor = new Cursor(chunk);
      if (cursor.valid()) {
        heads.add(cursor);
      }
    }
    while (!heads.isEmpty()) {
      Cursor head = heads.poll();
      repeats.next(head.value);
      if (head.advance()) {
        heads.add(head);
      }
    }
    return repeats.found();
  }

  /**
   * A sorted chunk of keys: the low 32 bits each (with the sign bit flipped, so that they sort as
   * ints in the order of the keys), and where each value of the top 16 starts.
   */
  private record Packed(int[] lows, int[] runStarts) {

    /** Runs longer than this are sorted by {@link Arrays#sort(int[], int, int)}. */
    private static final int SHORT_RUN = 32;

    /**
     * Packs the first {@code size} keys: a counting sort by their top 16 bits, which the keys of
     * well-mixed fingerprints share with about size / 65,536 others, then each short run sorted in
     * place. Simple loops, quick even before the compiler has seen them, where sorting the longs
     * themselves took a good part of a second once at the end of a large file.
     */
    static Packed of(long[] keys, int size) {
      int[] runStarts = new int[RUNS + 1];
      for (int i = 0; i < size; i++) {
        runStarts[(int) (keys[i] >>> LOW_BITS) + 1]++;
      }
      for (int run = 0; run < RUNS; run++) {
        runStarts[run + 1] += runStarts[run];
      }
      int[] next = Arrays.copyOf(runStarts, RUNS);
      int[] lows = new int[size];
      for (int i = 0; i < size; i++) {
        lows[next[(int) (keys[i] >>> LOW_BITS)]++] = (int) keys[i] ^ Integer.MIN_VALUE;
      }
      for (int run = 0; run < RUNS; run++) {
        sort(lows, runStarts[run], runStarts[run + 1]);
      }
      return new Packed(lows, runStarts);
    }

    private static void sort(int[] values, int from, int to) {
      if (to - from > SHORT_RUN) {
        Arrays.sort(values, from, to);
        return;
      }
      for (int i = from + 1; i < to; i++) {
        int value = values[i];
        int j = i - 1;
        while (j >= from && values[j] > value) {
          values[j + 1] = values[j];
          j--;
        }
        values[j + 1] = value;
      }
    }

    /** The key at this index of the chunk, which lies in {@code run}. */
    long key(int run, int index) {
      return (long) run << LOW_BITS | ((lows[index] ^ Integer.MIN_VALUE) & 0xFFFF_FFFFL);
    }
  }

  /** Reads a packed chunk's keys in ascending order. */
  private static final class Cursor implements Comparable<Cursor> {
    private final Packed chunk;
    private int index = -1;
    private int run;
    long value;

    Cursor(Packed chunk) {
      this.chunk = chunk;
      advance();
    }

    boolean valid() {
      return index < chunk.lows().length;
    }

    boolean advance() {
      index++;
      if (!valid()) {
        return false;
      }
      while (chunk.runStarts()[run + 1] <= index) {
        run++;
      }
      value = chunk.key(run, index);
      return true;
    }

    @Override
    public int compareTo(Cursor other) {
      return Long.compare(value, other.value);
    }
  }

  /** Collects, from values in ascending order, each value that comes more than once. */
  private static final class Repeats {
    private long[] found = new long[16];
    private int count;
    private boolean any;
    private long previous;

    void next(long value) {
      if (any && value == previous && (count == 0 || found[count - 1] != value)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = value;
      }
      any = true;
      previous = value;
    }

    long[] found() {
      return Arrays.copyOf(found, count);
    }
  }
}
