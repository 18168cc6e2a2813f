package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.nio.file.Path;
import java.time.LocalDateTime;
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
 * <p>To stay small at millions of rows, only fingerprints are kept: 128 bits for the key and 64 for
 * the answers, with the position of the first row (32 bytes a response and questionnaire).
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
  private final FingerprintTable seen = new FingerprintTable();
  private final List<String> listed = new ArrayList<>();
  private int dropped;

  Decision decide(Response response) {
    if (response.submitted().isEmpty()) {
      return new Keep(response);
    }
    Map<String, Answers> fresh = new LinkedHashMap<>();
    List<long[]> freshKeys = new ArrayList<>();
    long repeated = -1;
    for (Map.Entry<String, Answers> answers : response.answers().entrySet()) {
      long[] key =
          key(
              response.respondentId(),
              answers.getKey(),
              response.submitted().get(),
              answers.getValue());
      int slot = seen.find(key[0], key[1]);
      if (!seen.holds(slot)) {
        fresh.put(answers.getKey(), answers.getValue());
        freshKeys.add(key);
      } else if (seen.fingerprint(slot) != key[2]) {
        return new Conflict(
            Rejection.row(
                response.source(),
                "",
                "the same respondent answered "
                    + answers.getKey()
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
    freshKeys.forEach(key -> seen.put(key[0], key[1], key[2], here));
    if (repeated < 0) {
      return new Keep(response);
    }
    if (fresh.isEmpty()) {
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
            fresh));
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
    int file =
        fileIndex.computeIfAbsent(
            position.file(),
            f -> {
              files.add(f);
              return files.size() - 1;
            });
    return ((long) file << 32) | (position.line() & 0xFFFF_FFFFL);
  }

  private String describe(long position) {
    return files.get((int) (position >>> 32)) + ":" + (int) position;
  }

  /** The key's two halves and the answers' fingerprint. */
  private static long[] key(
      String respondent, String questionnaire, LocalDateTime submitted, Answers answers) {
    String text = respondent + '\u0000' + questionnaire + '\u0000' + submitted;
    long fnv = 0xCBF2_9CE4_8422_2325L;
    long poly = 0x9E37_79B9_7F4A_7C15L;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      fnv = (fnv ^ c) * 0x0000_0100_0000_01B3L;
      poly = mix(poly + c);
    }
    long fingerprint = answers.size();
    for (int i = 0; i < answers.size(); i++) {
      fingerprint = mix(fingerprint ^ Double.doubleToLongBits(answers.get(i)));
    }
    return new long[] {mix(fnv), poly == 0 ? 1 : poly, fingerprint};
  }

  /** The SplitMix64 finaliser: spreads every input bit over the output. */
  private static long mix(long value) {
    long z = value + 0x9E37_79B9_7F4A_7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }

  /**
   * An open-addressing table of 128-bit keys, each with a fingerprint and a position, in four long
   * arrays.
   */
  private static final class FingerprintTable {
    private long[] high = new long[1024];
    private long[] low = new long[1024];
    private long[] fingerprints = new long[1024];
    private long[] positions = new long[1024];
    private int size;

    /** Stores an entry whose key is not present. */
    void put(long keyHigh, long keyLow, long fingerprint, long position) {
      int slot = find(keyHigh, keyLow);
      high[slot] = keyHigh;
      low[slot] = keyLow;
      fingerprints[slot] = fingerprint;
      positions[slot] = position;
      if (++size * 4 > low.length * 3) {
        grow();
      }
    }

    boolean holds(int slot) {
      return low[slot] != 0;
    }

    long fingerprint(int slot) {
      return fingerprints[slot];
    }

    long position(int slot) {
      return positions[slot];
    }

    /**
     * The slot that holds the key, or the empty slot where it belongs (the low half of a key is
     * never 0).
     */
    int find(long keyHigh, long keyLow) {
      int mask = low.length - 1;
      int slot = (int) keyHigh & mask;
      while (low[slot] != 0 && (low[slot] != keyLow || high[slot] != keyHigh)) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldHigh = high;
      long[] oldLow = low;
      long[] oldFingerprints = fingerprints;
      long[] oldPositions = positions;
      high = new long[oldLow.length * 2];
      low = new long[oldLow.length * 2];
      fingerprints = new long[oldLow.length * 2];
      positions = new long[oldLow.length * 2];
      for (int i = 0; i < oldLow.length; i++) {
        if (oldLow[i] != 0) {
          int slot = find(oldHigh[i], oldLow[i]);
          high[slot] = oldHigh[i];
          low[slot] = oldLow[i];
          fingerprints[slot] = oldFingerprints[i];
          positions[slot] = oldPositions[i];
        }
      }
    }
  }
}
