package dev.tandem.report;

import dev.tandem.scoring.Client;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * File names for reports. A client's id may be an email address and their name is confidential, so
 * neither goes into a file name: the name is built from the couple code (an arbitrary code the coach
 * chose) and a short, stable digest of the id.
 */
final class ReportNames {

  static final String COHORT_STEM = "cohort";

  private ReportNames() {}

  static String client(Client client) {
    String digest = digest(client.id());
    return client.coupleCode().map(ReportNames::safe).filter(code -> !code.isEmpty())
        .map(code -> "client-" + code + "-" + digest).orElse("client-" + digest);
  }

  /** The handout given to the client or couple, beside the coach's report of the same stem. */
  static String handout(String stem) {
    return stem + "-handout";
  }

  /** Letters, digits, dash and underscore only; anything else becomes a dash. */
  static String safe(String text) {
    return text.strip().replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("^-+|-+$", "").toLowerCase(Locale.ROOT);
  }

  private static String digest(String id) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
