package dev.tandem.scoring;

import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable client codes for {@code --pseudonymize}: reports and the cohort workbook show a code like
 * {@code K7QM-3XAP} instead of a name or email.
 *
 * <p>How the codes are made, and why: the code is the HMAC-SHA256 of the respondent id (trimmed,
 * lower-cased) under a secret of 32 random bytes kept in a file of the coach's (by default {@code
 * ~/.tandem/pseudonym-secret}, created on first use, readable by the owner only, outside any folder
 * of reports or data that might be shared), written as 8 characters of Crockford's base 32. The
 * same client therefore gets the same code in every run and on every machine that has the secret,
 * with no list of clients to keep in step; without the secret the code cannot be traced back to an
 * id by trying likely emails. The list that does turn codes back into people is the key ({@link
 * #keyFor}), which the report layer writes to a separate file for the coach to keep apart from the
 * reports. Losing the secret changes every code; losing the key loses nothing the secret and the
 * input cannot rebuild.
 *
 * <p>40 bits per code: two of a coach's clients sharing one is a one-in-ten-million chance for a
 * hundred clients, and {@link #keyFor} refuses to hand out a shared code rather than merge two
 * people.
 */
public final class Pseudonyms {

  private static final String SECRET_NAME = "pseudonym-secret";

  private static final String ALPHABET =
      "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
  private static final int SECRET_BYTES = 32;

  private final byte[] secret;

  private Pseudonyms(byte[] secret) {
    this.secret = secret;
  }

  /**
   * Where the coach's secret lives unless they choose another file: {@code
   * ~/.tandem/pseudonym-secret}.
   */
  public static Path defaultSecretFile() {
    return Path.of(System.getProperty("user.home"), ".tandem", SECRET_NAME);
  }

  /** A code maker with the given secret (at least 32 bytes). */
  public static Pseudonyms withSecret(byte[] secret) {
    Objects.requireNonNull(secret, "secret must not be null");
    if (secret.length < SECRET_BYTES) {
      throw new IllegalArgumentException(
          "a pseudonym secret has at least " + SECRET_BYTES + " bytes");
    }
    return new Pseudonyms(secret.clone());
  }

  /**
   * Reads the secret from {@code file}, or creates the file with a new random secret (owner-only)
   * if there is none. A file that is not a secret Tandem wrote is an {@link IllegalStateException}
   * whose message names it.
   */
  public static Pseudonyms loadOrCreate(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try {
      return new Pseudonyms(read(file));
    } catch (NoSuchFileException e) {
      return create(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    try {
      byte[] secret = HexFormat.of().parseHex(text);
      if (secret.length >= SECRET_BYTES) {
        return secret;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalStateException(
        file
            + " is not a pseudonym secret written by Tandem; restore it from"
            + " your backup, or move it away to start new codes (every client then gets a new code)");
  }

  private static Pseudonyms create(Path file) {
    byte[] secret = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    String text = HexFormat.of().formatHex(secret) + "\n";
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (!Files.isDirectory(parent)) {
        try {
          Files.createDirectories(
              parent,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
          Files.createDirectories(parent);
        }
      }
      // Written whole to a private file first, then linked into place: a link never replaces a
      // secret another run made meanwhile, and nobody ever reads a half-written one.
      Path partial = Files.createTempFile(parent, ".pseudonym-secret", ".partial", ownerOnly());
      try {
        Files.writeString(partial, text, StandardCharsets.US_ASCII);
        Files.createLink(file, partial);
      } finally {
        Files.deleteIfExists(partial);
      }
      return new Pseudonyms(secret);
    } catch (FileAlreadyExistsException e) {
      return loadOrCreate(file); // another run made it first
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        }
        : new FileAttribute<?>[0];
  }

  /** The code for one respondent id; ids differing only in case or surrounding spaces share it. */
  public String codeFor(String respondentId) {
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    return code(hmac(normalised(respondentId).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The code that stands for a couple code under {@code --pseudonymize}; codes differing only in
   * case or surrounding spaces (one couple, as pairing sees it) share it. Made under another label
   * than client codes, so a couple code never takes a client's code.
   */
  public String coupleCodeFor(String coupleCode) {
    Objects.requireNonNull(coupleCode, "coupleCode must not be null");
    return code(hmac(("couple\n" + normalised(coupleCode)).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * A short keyed tag of {@code text} (6 characters of lower-case Crockford base 32) for one {@code
   * purpose}: it tells texts apart without saying what they are to anyone without the secret.
   */
  public String tag(String purpose, String text) {
    Objects.requireNonNull(purpose, "purpose must not be null");
    Objects.requireNonNull(text, "text must not be null");
    String code = code(hmac((purpose + "\n" + text).getBytes(StandardCharsets.UTF_8)));
    return code.replace("-", "").substring(0, 6).toLowerCase(Locale.ROOT);
  }

  /**
   * A key of its own for one {@code purpose} (32 bytes), made from the secret so that whoever holds
   * the secret can remake it, and nobody can learn the secret or another purpose's key from it.
   */
  public byte[] derivedKey(String purpose) {
    Objects.requireNonNull(purpose, "purpose must not be null");
    return hmac(("key\n" + purpose).getBytes(StandardCharsets.UTF_8));
  }

  /** 40 bits of a digest as 8 characters of Crockford base 32, a dash in the middle. */
  private static String code(byte[] digest) {
    long bits = 0;
    for (int i = 0; i < 5; i++) {
      bits = (bits << 8) | (digest[i] & 0xFF);
    }
    StringBuilder code = new StringBuilder(9);
    for (int i = 7; i >= 0; i--) {
      code.append(ALPHABET.charAt((int) (bits >>> (5 * i)) & 31));
      if (i == 4) {
        code.append('-');
      }
    }
    return code.toString();
  }

  /** One line of the key: the code and who it stands for. */
  public record KeyEntry(String code, String respondentId, Optional<String> name) {
    public KeyEntry {
      Objects.requireNonNull(code, "code must not be null");
      Objects.requireNonNull(respondentId, "respondentId must not be null");
      Objects.requireNonNull(name, "name must not be null");
    }

    /** Safe to log: the code only. */
    @Override
    public String toString() {
      return "KeyEntry[" + code + "]";
    }
  }

  /**
   * The key for the given clients, sorted by code. Two different ids that would share a code stop
   * the run with an {@link IllegalStateException} (naming the code, not the people).
   */
  public List<KeyEntry> keyFor(List<Client> clients) {
    Map<String, KeyEntry> byCode = new HashMap<>();
    for (Client client : clients) {
      KeyEntry entry = new KeyEntry(codeFor(client.id()), client.id(), client.name());
      KeyEntry other = byCode.putIfAbsent(entry.code(), entry);
      if (other != null && !normalised(other.respondentId()).equals(normalised(client.id()))) {
        throw new IllegalStateException(
            "two clients would share the code "
                + entry.code()
                + "; move the pseudonym secret away to draw new codes for everyone");
      }
    }
    List<KeyEntry> key = new ArrayList<>(byCode.values());
    key.sort((a, b) -> a.code().compareTo(b.code()));
    return List.copyOf(key);
  }

  /**
   * The client as the reports of a pseudonymised run see them: the code in place of the respondent
   * id (which is often the email), no name, and the keyed couple code ({@link #coupleCodeFor}) in
   * place of the couple code, on the client and on every response. Scores, dates and file positions
   * are kept.
   */
  public Client pseudonymize(Client client) {
    Objects.requireNonNull(client, "client must not be null");
    String code = codeFor(client.id());
    List<Assessment> assessments =
        client.assessments().stream()
            .map(a -> new Assessment(pseudonymize(a.response(), code), a.scores()))
            .toList();
    return new Client(code, Optional.empty(), codedCouple(client.coupleCode()), assessments);
  }

  /**
   * The cohort with every client and every accepted response pseudonymised (see {@link
   * #pseudonymize(Client)}).
   */
  public ScoredCohort pseudonymize(ScoredCohort cohort) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    ImportResult imported = cohort.imported();
    List<Response> responses =
        imported.responses().stream().map(r -> pseudonymize(r, codeFor(r.respondentId()))).toList();
    return new ScoredCohort(
        cohort.questionnaires(),
        cohort.clients().stream().map(this::pseudonymize).toList(),
        new ImportResult(
            responses,
            imported.rejections(),
            imported.rowsRead(),
            imported.droppedDuplicates(),
            imported.notes()));
  }

  private Response pseudonymize(Response response, String code) {
    return new Response(
        code,
        Optional.empty(),
        codedCouple(response.coupleCode()),
        response.submitted(),
        response.source(),
        response.answers());
  }

  /** The keyed code in place of a couple code; a blank code stays no code, as pairing reads it. */
  private Optional<String> codedCouple(Optional<String> coupleCode) {
    return coupleCode.map(String::strip).filter(code -> !code.isEmpty()).map(this::coupleCodeFor);
  }

  /** One line of the couples' key: the keyed code and the couple code it stands for. */
  public record CoupleKeyEntry(String code, String coupleCode) {
    public CoupleKeyEntry {
      Objects.requireNonNull(code, "code must not be null");
      Objects.requireNonNull(coupleCode, "coupleCode must not be null");
    }
  }

  /**
   * The couples' key for the given clients: each couple code they carry once, sorted by keyed code.
   */
  public List<CoupleKeyEntry> coupleKeyFor(List<Client> clients) {
    Map<String, CoupleKeyEntry> byCode = new TreeMap<>();
    for (Client client : clients) {
      client
          .coupleCode()
          .map(String::strip)
          .filter(code -> !code.isEmpty())
          .ifPresent(
              code ->
                  byCode.putIfAbsent(
                      coupleCodeFor(code), new CoupleKeyEntry(coupleCodeFor(code), code)));
    }
    return List.copyOf(byCode.values());
  }

  private static String normalised(String id) {
    return id.strip().toLowerCase(Locale.ROOT);
  }

  private byte[] hmac(byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  @Override
  public String toString() {
    return "Pseudonyms[secret hidden]";
  }
}
