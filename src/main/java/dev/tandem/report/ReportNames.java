package dev.tandem.report;

import dev.tandem.scoring.Client;
import dev.tandem.scoring.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The file names of a run's reports, unique per client and per couple by construction.
 *
 * <p>A name is a prefix ({@code client-}, {@code couple-}) and a readable part: the client's name
 * (or id when the export has no name), or the couple code, in lower case with the letters and
 * digits of every script kept and every other run of characters turned into one dash, cut to
 * {@value #MAX_READABLE_BYTES} bytes. When the readable part loses information (a space, a slash, a
 * cut, or two clients who share a name), a short suffix keyed with the coach's pseudonym secret
 * follows after an underscore, which a readable part never holds: {@code client-alex-berg_7k2m9q}.
 * The suffix is an HMAC, so nobody without the secret can confirm who a file is about by hashing
 * guesses. Under {@code --pseudonymize} clients and couples are known by their keyed codes, which
 * need no suffix.
 *
 * <p>The names also keep a record of which report claimed which file in this run: a second report
 * that would land on a file another report of the run already wrote is refused ({@link #claim}),
 * never a silent replacement.
 */
public final class ReportNames {

  static final String COHORT_STEM = "cohort";

  /**
   * Bytes of the readable part: with the prefix, suffix and extension, far below the 255 a file
   * system allows.
   */
  static final int MAX_READABLE_BYTES = 96;

  private static final int SUFFIX_LENGTH = 6;

  private final Pseudonyms key;
  private final Map<Path, String> claims = new ConcurrentHashMap<>();

  private ReportNames(Pseudonyms key) {
    this.key = key;
  }

  /** Names whose suffixes are keyed with the coach's secret: the same names in every run. */
  public static ReportNames keyedWith(Pseudonyms key) {
    return new ReportNames(Objects.requireNonNull(key, "key must not be null"));
  }

  /** The handout given to the client or couple, beside the coach's report of the same stem. */
  static String handout(String stem) {
    return stem + "-handout";
  }

  /** Names keyed with a random secret of their own: unique, but other in every run. */
  public static ReportNames withRandomKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return new ReportNames(Pseudonyms.withSecret(secret));
  }

  /** The stem of a client's reports ({@code client-alex-berg_7k2m9q}, {@code client-k7qm-3xap}). */
  public String client(Client client) {
    Objects.requireNonNull(client, "client must not be null");
    String id = client.id();
    if (client.name().isEmpty() && readable(id).equals(lower(id))) {
      return "client-" + readable(id);
    }
    String shown = readable(client.name().orElse(id));
    return "client-"
        + (shown.isEmpty() ? "" : shown + "_")
        + key.tag("report file of a client", lower(id));
  }

  /**
   * The stem of a couple's reports ({@code couple-c07}, {@code couple-a-b_x3k9mq}, {@code
   * couple-王家}).
   */
  public String couple(String code) {
    Objects.requireNonNull(code, "code must not be null");
    String shown = readable(code);
    if (!shown.isEmpty() && shown.equals(lower(code))) {
      return "couple-" + shown;
    }
    return "couple-"
        + (shown.isEmpty() ? "" : shown + "_")
        + key.tag("report file of a couple", lower(code));
  }

  /**
   * Records that {@code owner} (a client id, a couple code) writes {@code file} in this run; a
   * message naming the clash when another owner already wrote it.
   */
  Optional<String> claim(Path file, String owner) {
    String earlier = claims.putIfAbsent(file.toAbsolutePath().normalize(), lower(owner));
    if (earlier == null || earlier.equals(lower(owner))) {
      return Optional.empty();
    }
    return Optional.of(
        "another report of this run has the same file name, so this one was not written over it;"
            + " give the clients or couples codes that differ in more than punctuation and run again");
  }

  /**
   * The readable part: lower case, letters, digits and combining marks of every script, every other
   * run of characters one dash, no dash at either end, at most {@value #MAX_READABLE_BYTES} bytes
   * of UTF-8.
   */
  static String readable(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    boolean dash = false;
    for (int i = 0; i < normal.length(); ) {
      int c = normal.codePointAt(i);
      i += Character.charCount(c);
      if (isKept(c)) {
        String piece =
            (dash && kept.length() > 0 ? "-" : "") + Character.toString(Character.toLowerCase(c));
        int size = piece.getBytes(StandardCharsets.UTF_8).length;
        if (bytes + size > MAX_READABLE_BYTES) {
          break;
        }
        kept.append(piece);
        bytes += size;
        dash = false;
      } else {
        dash = true;
      }
    }
    return kept.toString();
  }

  private static boolean isKept(int c) {
    if (Character.isLetterOrDigit(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String lower(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
