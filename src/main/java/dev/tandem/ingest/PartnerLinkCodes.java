package dev.tandem.ingest;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The couple code of two clients linked only by their partner-email columns: {@code P-} and ten hex
 * digits of an HMAC-SHA256 of both e-mails under a secret key. Both partners get the same code, the
 * e-mails do not show in it, and without the key nobody can confirm a pair by hashing guessed
 * e-mails.
 *
 * <p>The key is asked for the first time a pair is linked, so a file without partner e-mails never
 * makes a command read or create the coach's secret.
 */
public final class PartnerLinkCodes {

  private static final int KEY_BYTES = 32;
  private static final PartnerLinkCodes THIS_RUN = keyed(PartnerLinkCodes::randomKey);

  private final Supplier<byte[]> keySource;
  private byte[] key;

  private PartnerLinkCodes(Supplier<byte[]> keySource) {
    this.keySource = keySource;
  }

  /**
   * Codes under the key {@code keySource} gives (at least 32 bytes), asked for once, on first use:
   * the same key gives the same codes in every run.
   */
  public static PartnerLinkCodes keyed(Supplier<byte[]> keySource) {
    return new PartnerLinkCodes(Objects.requireNonNull(keySource, "keySource must not be null"));
  }

  /** Codes under a random key of this process: stable within one run, different in the next. */
  public static PartnerLinkCodes ofThisRun() {
    return THIS_RUN;
  }

  /**
   * The code both partners share, whichever of the two e-mails is one's own (compared lower-case).
   */
  public String codeFor(String ownEmail, String partnerEmail) {
    String own = ownEmail.strip().toLowerCase(Locale.ROOT);
    String partner = partnerEmail.strip().toLowerCase(Locale.ROOT);
    String pair = own.compareTo(partner) < 0 ? own + "\n" + partner : partner + "\n" + own;
    byte[] digest = hmac(pair.getBytes(StandardCharsets.UTF_8));
    return "P-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 5);
  }

  private synchronized byte[] key() {
    if (key == null) {
      byte[] given = keySource.get();
      if (given.length < KEY_BYTES) {
        throw new IllegalArgumentException(
            "a partner-link key has at least " + KEY_BYTES + " bytes");
      }
      key = given.clone();
    }
    return key;
  }

  private byte[] hmac(byte[] message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      return mac.doFinal(message);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  private static byte[] randomKey() {
    byte[] random = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(random);
    return random;
  }

  @Override
  public String toString() {
    return "PartnerLinkCodes[key hidden]";
  }
}
