package dev.tandem.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key that opens a store, derived from the practice password with PBKDF2-HMAC-SHA256 (a high
 * iteration count and a random salt kept beside the database in {@value #FILE_NAME}, which holds no
 * secret). The file also holds a check value, a digest of the derived key, so that a wrong password
 * is told apart from a damaged database before the database is touched.
 */
final class StoreKey {

  static final String FILE_NAME = "tandem-store.properties";
  static final int ITERATIONS = 600_000;
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;

  private final byte[] key;
  private final byte[] salt;
  private final int iterations;

  private StoreKey(byte[] key, byte[] salt, int iterations) {
    this.key = key;
    this.salt = salt;
    this.iterations = iterations;
  }

  /** A new key with a fresh salt and {@code iterations} rounds, not yet written anywhere. */
  static StoreKey create(char[] password, int iterations) {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    return new StoreKey(derive(password, salt, iterations), salt, iterations);
  }

  /** The key of the store in {@code folder}; a wrong password is a {@link StoreException}. */
  static StoreKey open(Path folder, char[] password) {
    Properties properties = new Properties();
    Path file = folder.resolve(FILE_NAME);
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    } catch (IOException e) {
      throw new StoreException(
          "the store "
              + folder
              + " has no readable "
              + FILE_NAME
              + " ("
              + e.getMessage()
              + "); it is not a Tandem store, or it is damaged: restore it from a backup");
    }
    try {
      byte[] salt = Base64.getDecoder().decode(properties.getProperty("salt", ""));
      int iterations = Integer.parseInt(properties.getProperty("iterations", ""));
      byte[] check = Base64.getDecoder().decode(properties.getProperty("check", ""));
      if (!ALGORITHM.equals(properties.getProperty("kdf")) || salt.length == 0 || iterations < 1) {
        throw new IllegalArgumentException("incomplete");
      }
      StoreKey key = new StoreKey(derive(password, salt, iterations), salt, iterations);
      if (!MessageDigest.isEqual(check, key.check())) {
        throw new StoreException(
            "wrong password for the store "
                + folder
                + "; nothing was changed. Give the practice password with --password-file or TANDEM_PASSWORD");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "the store's "
              + file
              + " is damaged ("
              + e.getMessage()
              + "); restore the store from a backup");
    }
  }

  /** Writes the salt and check value to {@code folder}, replacing any earlier ones in one step. */
  void write(Path folder) {
    Properties properties = new Properties();
    properties.setProperty("kdf", ALGORITHM);
    properties.setProperty("iterations", Integer.toString(iterations));
    properties.setProperty("salt", Base64.getEncoder().encodeToString(salt));
    properties.setProperty("check", Base64.getEncoder().encodeToString(check()));
    Path temporary = folder.resolve(FILE_NAME + ".new");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        properties.store(
            out,
            "Tandem practice store: how the key is derived from the password. No secret here.");
      }
      Files.move(
          temporary,
          folder.resolve(FILE_NAME),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int iterations() {
    return iterations;
  }

  /** The key as H2 takes a file password (hex; H2 hashes it once more). */
  String databasePassword() {
    return HexFormat.of().formatHex(key);
  }

  private byte[] check() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update("tandem-store-check".getBytes(StandardCharsets.US_ASCII));
      return digest.digest(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is missing from this Java", e);
    } finally {
      spec.clearPassword();
    }
  }
}
