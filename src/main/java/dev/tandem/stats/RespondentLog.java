package dev.tandem.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The 64-bit fingerprint of the respondent of every response, in chunks of primitive longs (8 bytes
 * a response, nothing copied as it grows), to learn after one pass which respondents answered more
 * than once. Not thread safe.
 */
final class RespondentLog {

  private static final int CHUNK = 1 << 20;

  private final List<long[]> full = new ArrayList<>();
  private long[] current = new long[1024];
  private int size;

  /** Adds one fingerprint ({@link LatestIndex#hash} of a respondent id). */
  void add(long fingerprint) {
    if (size == current.length) {
      if (current.length < CHUNK) {
        current = Arrays.copyOf(current, current.length * 4);
      } else {
        full.add(current);
        current = new long[CHUNK];
        size = 0;
      }
    }
    current[size++] = fingerprint;
  }

  /**
   * The fingerprints that occur more than once, ascending (for {@link Arrays#binarySearch(long[],
   * long)}); sorts the log in place, so add nothing afterwards.
   */
  long[] repeated() {
    List<long[]> chunks = new ArrayList<>(full);
    chunks.add(Arrays.copyOf(current, size));
    for (long[] chunk : chunks) {
      Arrays.sort(chunk);
    }
    Repeats repeats = new Repeats();
    if (chunks.size() == 1) {
      for (long value : chunks.get(0)) {
        repeats.next(value);
      }
      return repeats.found();
    }
    PriorityQueue<int[]> heads =
        new PriorityQueue<>((a, b) -> Long.compare(chunks.get(a[0])[a[1]], chunks.get(b[0])[b[1]]));
    for (int c = 0; c < chunks.size(); c++) {
      if (chunks.get(c).length > 0) {
        heads.add(new int[] {c, 0});
      }
    }
    while (!heads.isEmpty()) {
      int[] head = heads.poll();
      repeats.next(chunks.get(head[0])[head[1]]);
      if (++head[1] < chunks.get(head[0]).length) {
        heads.add(head);
      }
    }
    return repeats.found();
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
