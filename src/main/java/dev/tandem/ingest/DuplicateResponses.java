package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for a response given twice: the same respondent, the same questionnaire and the same
 * submission time. The row read first (files in the order given, rows in file order) is the one
 * scored. A later row with the same answers is a repeat (an export downloaded twice, a row copied):
 * it is dropped and counted, and a note lists it beside the row it repeats. A later row with
 * different answers is a conflict: Tandem cannot tell which is right, so it is rejected, naming
 * both rows. A row that repeats some questionnaires and brings new answers to others keeps the new
 * ones. Responses without a submission time are never compared: without a time, two rows of one
 * respondent may be two assessments. Every import command reads through this rule, so run, score,
 * stats and validate count the same rows.
 *
 * <p>To stay small at millions of rows, only fingerprints are kept ({@link FingerprintTable}): 60
 * bits of the key's hashes and 20 of the answers', beside the line of the first row, 12 bytes a
 * response and questionnaire (about 14 with the table's free slots; it was 32 to 85 with 128-bit
 * keys in a table that doubled, more than a 256 MB heap holds at ten million rows).
 */
final class DuplicateResponses {

  /** At most this many repeats are listed by name in the note; the count covers all. */
  static final int LISTED = 10;

  /** What becomes of one response. */
  sealed interface Decision {}

  /** Score it (with the questionnaires it repeats removed, if any). */
  record Keep(Response response) implements Decision {}

  /** It repeats earlier rows entirely: count it as dropped. */
  record Drop() implements Decision {}

  /** It contradicts an earlier row: reject it. */
  record Conflict(Rejection rejection) implements Decision {}

  private final List<Path> files = new ArrayList<>();
  private final Map<Path, Integer> fileIndex = new HashMap<>();
  private final FingerprintTable seen;
  private final List<String> listed = new ArrayList<>();
  private int dropped;
  // per questionnaire of the response being decided: whether its key is new
  private boolean[] fresh = new boolean[0];
  // what prefetch read, kept so that its reads are not left out as unused
  private long prefetched;
  private Path lastFile;
  private int lastFileIndex;

  DuplicateResponses() {
    this(FingerprintTable.SEGMENT_BITS);
  }

  /** With 2 to the power {@code segmentBits} segments in the table (tests grow a few). */
  DuplicateResponses(int segmentBits) {
    seen = new FingerprintTable(segmentBits);
  }

  Decision decide(Response response) {
    return decide(response, Keys.of(response));
  }

  /** As {@link #decide(Response)}, with the response's keys worked out before. */
  Decision decide(Response response, Keys keys) {
    if (response.submitted().isEmpty()) {
      return new Keep(response);
    }
    Map<String, Answers> all = response.answers();
    if (fresh.length < all.size()) {
      fresh = new boolean[all.size()];
    }
    long repeated = -1;
    int freshCount = 0;
    int q = 0;
    for (; q < keys.size(); q++) {
      long slot = seen.find(keys.first(q), keys.second(q));
      fresh[q] = !seen.holds(slot);
      if (fresh[q]) {
        freshCount++;
      } else if (!seen.sameAnswers(slot, keys.fingerprint(q))) {
        return new Conflict(
            Rejection.row(
                response.source(),
                "",
                "the same respondent answered "
                    + List.copyOf(all.keySet()).get(q)
                    + " with the same submission time in "
                    + describe(seen.position(slot))
                    + ", with different answers",
                "Tandem scores the row read first and set this one aside; if this row is the right one, delete the"
                    + " other from the export and import again"));
      } else {
        repeated = seen.position(slot);
      }
    }
    long here = position(response.source());
    for (int i = 0; i < q; i++) {
      if (fresh[i]) {
        seen.put(keys.first(i), keys.second(i), keys.fingerprint(i), here);
      }
    }
    if (repeated < 0) {
      return new Keep(response);
    }
    if (freshCount == 0) {
      dropped++;
      if (listed.size() < LISTED) {
        listed.add(
            response.source().file()
                + ":"
                + response.source().line()
                + " (as "
                + describe(repeated)
                + ")");
      }
      return new Drop();
    }
    return new Keep(
        new Response(
            response.respondentId(),
            response.name(),
            response.coupleCode(),
            response.submitted(),
            response.source(),
            freshOnly(all)));
  }

  /** The answers of the questionnaires {@link #decide} found fresh in the response it decided. */
  private Map<String, Answers> freshOnly(Map<String, Answers> all) {
    Map<String, Answers> kept = new LinkedHashMap<>();
    int q = 0;
    for (Map.Entry<String, Answers> answers : all.entrySet()) {
      if (fresh[q++]) {
        kept.put(answers.getKey(), answers.getValue());
      }
    }
    return kept;
  }

  /**
   * Reads the table where these responses' keys belong before they are decided, each read
   * independent of the others, so that the processor overlaps their cache misses instead of
   * stalling on each in turn inside {@link #decide}. Changes nothing.
   */
  void prefetch(Keys[] keys, int count) {
    long read = prefetched;
    for (int i = 0; i < count; i++) {
      for (int q = 0; q < keys[i].size(); q++) {
        read += seen.touch(keys[i].first(q), keys[i].second(q));
      }
    }
    prefetched = read;
  }

  /**
   * What {@link #decide} compares of one response, per questionnaire it answered (in the order of
   * its answers): the two hashes of the key (respondent, submission time, questionnaire) and the
   * answers' fingerprint; none for a response without a submission time. Worked out from the
   * response alone, so on any thread, ahead of the decisions.
   */
  static final class Keys {
    static final Keys NONE = new Keys(0);

    // per questionnaire: the key's first and second hash, then the answers' fingerprint
    private final long[] hashes;

    private Keys(int size) {
      hashes = new long[3 * size];
    }

    int size() {
      return hashes.length / 3;
    }

    long first(int q) {
      return hashes[3 * q];
    }

    long second(int q) {
      return hashes[3 * q + 1];
    }

    long fingerprint(int q) {
      return hashes[3 * q + 2];
    }

    static Keys of(Response response) {
      if (response.submitted().isEmpty()) {
        return NONE;
      }
      Map<String, Answers> all = response.answers();
      Keys keys = new Keys(all.size());
      KeyHash who = new KeyHash().add(response.respondentId()).add(response.submitted().get());
      int q = 0;
      for (Map.Entry<String, Answers> answers : all.entrySet()) {
        KeyHash key = who.copy().add(answers.getKey());
        keys.hashes[3 * q] = key.first();
        keys.hashes[3 * q + 1] = key.second();
        keys.hashes[3 * q + 2] = answers.getValue().fingerprint();
        q++;
      }
      return keys;
    }
  }

  /** Rows dropped as repeats. */
  int dropped() {
    return dropped;
  }

  /** The note a coach reads about the repeats, if there were any. */
  Optional<String> note() {
    if (dropped == 0) {
      return Optional.empty();
    }
    String more = dropped > listed.size() ? " and " + (dropped - listed.size()) + " more" : "";
    return Optional.of(
        dropped
            + (dropped == 1 ? " row repeats" : " rows repeat")
            + " an earlier row exactly (same"
            + " respondent, questionnaire, submission time and answers) and "
            + (dropped == 1 ? "was" : "were")
            + " dropped as "
            + (dropped == 1 ? "a duplicate: " : "duplicates: ")
            + String.join(", ", listed)
            + more);
  }

  private long position(Position position) {
    if (position.file() != lastFile) {
      lastFile = position.file();
      lastFileIndex =
          fileIndex.computeIfAbsent(
              lastFile,
              f -> {
                files.add(f);
                return files.size() - 1;
              });
    }
    return ((long) lastFileIndex << 32) | (position.line() & 0xFFFF_FFFFL);
  }

  private String describe(long position) {
    return files.get((int) (position >>> 32)) + ":" + (int) position;
  }

  /**
   * Two independent 64-bit hashes of a key's parts, fed in turn: the respondent, the submission
   * time (as its epoch second and nanoseconds, which are equal exactly when the times are) and the
   * questionnaire, each part ended by a separator so that no two keys feed the same sequence. The
   * first is FNV-1a over the characters; the second a SplitMix chain over words of up to three
   * characters and their count (one finalising mix a word, not a character, which made the chain
   * the costliest part of reading a large export; the count tells "a" from "\0a", and keeps every
   * word below the separator).
   */
  private static final class KeyHash {
    private long fnv = 0xCBF2_9CE4_8422_2325L;
    private long chain = 0x9E37_79B9_7F4A_7C15L;

    KeyHash add(String text) {
      int length = text.length();
      for (int start = 0; start < length; start += 3) {
        int end = Math.min(length, start + 3);
        long word = end - start;
        for (int i = start; i < end; i++) {
          char c = text.charAt(i);
          fnv = (fnv ^ c) * FNV_PRIME;
          word = word << 16 | c;
        }
        chain = mix(chain + word);
      }
      return separate();
    }

    KeyHash add(LocalDateTime time) {
      return add(time.toEpochSecond(ZoneOffset.UTC)).add((long) time.getNano()).separate();
    }

    private KeyHash add(long value) {
      fnv = (fnv ^ value) * FNV_PRIME;
      chain = mix(chain + value);
      return this;
    }

    /** Ends a part. */
    private KeyHash separate() {
      return add(-1L);
    }

    KeyHash copy() {
      KeyHash copy = new KeyHash();
      copy.fnv = fnv;
      copy.chain = chain;
      return copy;
    }

    long first() {
      return mix(fnv);
    }

    long second() {
      return chain;
    }
  }

  private static final long FNV_PRIME = 0x0000_0100_0000_01B3L;

  /** The SplitMix64 finaliser: spreads every input bit over the output. */
  static long mix(long value) {
    long z = value + 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /**
   * The keys seen, each with its answers' fingerprint and the position of its first row, in 12
   * bytes: a long holding a 50-bit tag of the key (from its second hash) and 14 bits of the
   * answers' fingerprint, and an int holding the line (and, once a second file is read, a char
   * holding the file's number). The key's first hash picks one of 1,024 segments, so a different
   * key is taken for this one only when 60 bits of its hashes agree, and different answers for the
   * same only when 14 bits of theirs do. A segment grows by an eighth when it is nine tenths full,
   * so memory follows the number of keys closely (80 to 90 per cent of the slots in use) and never
   * doubles at once.
   *
   * <p>The number of segments is set by the collector. At ten million keys under a 256 MB heap the
   * table is most of what is live: 65,536 segments made the collector copy and mark a great many
   * small arrays, each again whenever it grew ({@code tandem stats} took 33 s and 56 s of CPU); 64
   * segments' arrays were large enough to be kept outside the young generation, but each then took
   * whole heap regions, and the rounding up ran the heap out; at 1,024 each array stays well under
   * half a region (about 90 KB at ten million keys) and the same run took 24 to 27 s and 41 to 45 s
   * of CPU.
   */
  static final class FingerprintTable {
    static final int SEGMENT_BITS = 10;
    private static final int FINGERPRINT_BITS = 14;
    private static final long FINGERPRINT_MASK = (1L << FINGERPRINT_BITS) - 1;

    private final int segmentBits;
    private final Segment[] segments;

    FingerprintTable(int segmentBits) {
      this.segmentBits = segmentBits;
      this.segments = new Segment[1 << segmentBits];
    }

    /**
     * Where the key is: the segment in the high half, in the low half the slot, or when the key is
     * absent the complement of the slot where it belongs.
     */
    long find(long first, long second) {
      int segment = segmentOf(first);
      int slot = segments[segment] == null ? ~0 : segments[segment].find(tag(second));
      return (long) segment << 32 | (slot & 0xFFFF_FFFFL);
    }

    /**
     * Reads the segment, entry and line where the key belongs (see {@link #prefetch}); what it
     * returns means nothing.
     */
    long touch(long first, long second) {
      Segment segment = segments[segmentOf(first)];
      if (segment == null) {
        return 0;
      }
      int home = segment.home(tag(second));
      return segment.entries[home] + segment.lines[home];
    }

    boolean holds(long ref) {
      return slot(ref) >= 0;
    }

    boolean sameAnswers(long ref, long fingerprint) {
      return (segment(ref).entries[slot(ref)] & FINGERPRINT_MASK)
          == (fingerprint & FINGERPRINT_MASK);
    }

    /** The position of the key's first row: the file's number in the high half, the line below. */
    long position(long ref) {
      Segment segment = segment(ref);
      int slot = slot(ref);
      long file = segment.files == null ? 0 : segment.files[slot];
      return file << 32 | (segment.lines[slot] & 0xFFFF_FFFFL);
    }

    /** Stores a key that is not present. */
    void put(long first, long second, long fingerprint, long position) {
      long file = position >>> 32;
      if (file > Character.MAX_VALUE) {
        throw new IllegalStateException("more than " + (int) Character.MAX_VALUE + " files");
      }
      int segment = segmentOf(first);
      if (segments[segment] == null) {
        segments[segment] = new Segment(8);
      }
      segments[segment].put(
          tag(second) | (fingerprint & FINGERPRINT_MASK), (char) file, (int) position);
    }

    private int segmentOf(long first) {
      return (int) (first >>> (64 - segmentBits));
    }

    private Segment segment(long ref) {
      return segments[(int) (ref >>> 32)];
    }

    private static int slot(long ref) {
      return (int) ref;
    }

    /** The high 44 bits of the second hash, with the fingerprint's bits clear; never 0. */
    private static long tag(long second) {
      long tag = second & ~FINGERPRINT_MASK;
      return tag == 0 ? 1L << FINGERPRINT_BITS : tag;
    }

    /**
     * Linear probing with the entries kept in the order of their home slot (which the tag's top 32
     * bits give, in the same order), as Robin Hood hashing keeps them: a search stops at the first
     * entry that belongs further on, so a key that is absent, as most are, costs a few probes even
     * when the segment is nine tenths full. Entries never wrap around: a few slots past the last
     * home slot take the overflow.
     */
    private static final class Segment {
      private static final int OVERFLOW = 8;
      private int homes;
      private long[] entries;
      private int[] lines;
      private char[] files;
      private int size;

      Segment(int homes) {
        this.homes = homes;
        entries = new long[homes + OVERFLOW];
        lines = new int[homes + OVERFLOW];
      }

      private static long order(long entry) {
        return entry >>> 32;
      }

      private int home(long entry) {
        return (int) ((order(entry) * homes) >>> 32);
      }

      /** The slot holding an entry with this tag, or the complement of where it belongs. */
      int find(long tag) {
        long order = order(tag);
        for (int slot = home(tag); ; slot++) {
          long entry = slot == entries.length ? 0 : entries[slot];
          if (entry == 0 || order(entry) > order) {
            return ~slot;
          }
          if ((entry & ~FINGERPRINT_MASK) == tag) {
            return slot;
          }
        }
      }

      void put(long entry, char file, int line) {
        while (!insert(~find(entry & ~FINGERPRINT_MASK), entry, file, line)) {
          grow();
        }
        if (size * 10L > homes * 9L) {
          grow();
        }
      }

      /**
       * Inserts at the slot (which may be just past the end), moving the entries up to the next
       * free slot by one; false when there is none before the end.
       */
      private boolean insert(int at, long entry, char file, int line) {
        int free = at;
        while (free < entries.length && entries[free] != 0) {
          free++;
        }
        if (free == entries.length) {
          return false;
        }
        System.arraycopy(entries, at, entries, at + 1, free - at);
        System.arraycopy(lines, at, lines, at + 1, free - at);
        if (file != 0 && files == null) {
          files = new char[entries.length];
        }
        if (files != null) {
          System.arraycopy(files, at, files, at + 1, free - at);
          files[at] = file;
        }
        entries[at] = entry;
        lines[at] = line;
        size++;
        return true;
      }

      /**
       * An eighth more home slots, and at least {@link #OVERFLOW} (a small segment would otherwise
       * grow one slot at a time); the entries keep their order.
       */
      private void grow() {
        long[] oldEntries = entries;
        int[] oldLines = lines;
        char[] oldFiles = files;
        int capacity = homes + Math.max(OVERFLOW, homes / 8);
        while (!placeAll(capacity, oldEntries, oldLines, oldFiles)) {
          capacity += Math.max(OVERFLOW, capacity / 8);
        }
      }

      /** Places the entries, in order, in new arrays with this many home slots; false if full. */
      private boolean placeAll(int capacity, long[] oldEntries, int[] oldLines, char[] oldFiles) {
        homes = capacity;
        entries = new long[capacity + OVERFLOW];
        lines = new int[capacity + OVERFLOW];
        files = oldFiles == null ? null : new char[capacity + OVERFLOW];
        int next = 0;
        for (int i = 0; i < oldEntries.length; i++) {
          long entry = oldEntries[i];
          if (entry != 0) {
            int slot = Math.max(home(entry), next);
            if (slot == entries.length) {
              return false;
            }
            entries[slot] = entry;
            lines[slot] = oldLines[i];
            if (files != null) {
              files[slot] = oldFiles[i];
            }
            next = slot + 1;
          }
        }
        return true;
      }
    }
  }
}
