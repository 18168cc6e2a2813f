package dev.tandem.store;

import dev.tandem.ingest.Answers;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored response to one questionnaire, as a {@link ResponseBlock} keeps it: who, when, the
 * answers and the line of the source file it came from (the file is the block's).
 */
record PackedResponse(
    String questionnaireId,
    String respondentId,
    Optional<LocalDateTime> submitted,
    Optional<String> name,
    Optional<String> coupleCode,
    int line,
    Answers answers) {

  PackedResponse {
    Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    Objects.requireNonNull(submitted, "submitted must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(coupleCode, "coupleCode must not be null");
    Objects.requireNonNull(answers, "answers must not be null");
  }

  /** Whether the two have the key that identifies a stored response. */
  boolean sameKey(PackedResponse other) {
    return respondentId.equals(other.respondentId)
        && questionnaireId.equals(other.questionnaireId)
        && submitted.equals(other.submitted);
  }

  /**
   * A 64-bit digest of the key (respondent, questionnaire, time), never 0: equal keys have equal
   * fingerprints, and two different keys share one with a chance of about one in 2^64. A match is
   * always confirmed by comparing the keys themselves.
   */
  long fingerprint() {
    long hash = 0xcbf29ce484222325L;
    hash = mix(hash, respondentId);
    hash = mix(hash, questionnaireId);
    if (submitted.isPresent()) {
      hash = mixLong(hash, submitted.get().toEpochSecond(ZoneOffset.UTC));
      hash = mixLong(hash, submitted.get().getNano());
    } else {
      hash = mixLong(hash, Long.MIN_VALUE);
    }
    // splitmix64's finaliser spreads FNV-1a's low bits over the whole word
    hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
    hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
    hash ^= hash >>> 31;
    return hash == 0 ? 1 : hash;
  }

  private static long mix(long hash, String text) {
    for (int i = 0; i < text.length(); i++) {
      hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
    }
    // the length ends the text, so that ("ab", "c") and ("a", "bc") differ
    return mixLong(hash, text.length());
  }

  private static long mixLong(long hash, long value) {
    for (int shift = 0; shift < 64; shift += 16) {
      hash = (hash ^ ((value >>> shift) & 0xffff)) * 0x100000001b3L;
    }
    return hash;
  }
}
