package dev.tandem.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Password protection of the reports. Workbooks: ECMA-376 agile encryption with AES-256 and
 * SHA-512, both set explicitly rather than left to POI's defaults, so Excel and LibreOffice ask for
 * the password before showing anything. PDFs: the standard security handler with 256-bit AES (PDF
 * 2.0 / revision 6); the same password opens the document and unlocks every permission, since the
 * reader is the coach.
 */
public final class Protection {

  private Protection() {}

  /**
   * Writes {@code workbook} to {@code out} the way every report is written: stamped with {@code
   * asOf} (see {@link Reproducible}), and encrypted when there is a password. Without a password
   * the same content gives the same bytes; with one the bytes differ each time (a fresh random key
   * and salt) but the decrypted workbook is the same.
   */
  public static void write(
      Workbook workbook, Optional<ReportPassword> password, Instant asOf, OutputStream out)
      throws IOException {
    Objects.requireNonNull(password, "password must not be null");
    byte[] content = Reproducible.bytes(workbook, asOf);
    if (password.isPresent()) {
      encrypt(content, password.get(), out);
    } else {
      out.write(content);
    }
  }

  /** Encrypts a workbook's bytes into {@code out}. */
  static void encrypt(byte[] workbook, ReportPassword password, OutputStream out)
      throws IOException {
    encrypt(password, out, plain -> plain.write(workbook));
  }

  /**
   * Encrypts, into {@code out}, the workbook that {@code workbook} writes (for a workbook streamed
   * row by row, which has no bytes to hand over at once). The plain bytes reach only the cipher.
   */
  public static void encrypt(ReportPassword password, OutputStream out, SafeWriter.Content workbook)
      throws IOException {
    Objects.requireNonNull(password, "password must not be null");
    Encryptor encryptor = agileEncryptor(password);
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      try (OutputStream encrypted = encryptor.getDataStream(container)) {
        workbook.writeTo(encrypted);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-256 is not available in this Java runtime", e);
      }
      container.writeFilesystem(out);
    }
  }

  private static Encryptor agileEncryptor(ReportPassword password) {
    EncryptionInfo info =
        new EncryptionInfo(
            EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, -1, -1, null);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword(password.value());
    return encryptor;
  }

  /** Marks {@code document} to be encrypted with the password when it is saved. */
  public static void protect(PDDocument document, ReportPassword password) throws IOException {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(password, "password must not be null");
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy(password.value(), password.value(), new AccessPermission());
    policy.setEncryptionKeyLength(256);
    policy.setPreferAES(true);
    document.protect(policy);
  }
}
