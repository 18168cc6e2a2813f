package dev.tandem.report.output;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.Objects;
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
 * the password before showing anything. PDFs: the standard security handler with 256-bit AES (PDF 2.0
 * / revision 6); the same password opens the document and unlocks every permission, since the
 * reader is the coach.
 */
public final class Protection {

  private Protection() {}

  /** Writes {@code workbook} encrypted to {@code out}, which is left open. */
  public static void writeEncrypted(Workbook workbook, ReportPassword password, OutputStream out) throws IOException {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(password, "password must not be null");
    EncryptionInfo info =
        new EncryptionInfo(EncryptionMode.agile, CipherAlgorithm.aes256, HashAlgorithm.sha512, -1, -1, null);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword(password.value());
    try (POIFSFileSystem container = new POIFSFileSystem()) {
      try (OutputStream encrypted = encryptor.getDataStream(container)) {
        workbook.write(encrypted);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-256 is not available in this Java runtime", e);
      }
      container.writeFilesystem(out);
    }
  }

  /** Writes {@code workbook} to {@code out}, encrypted when there is a password. */
  public static void write(Workbook workbook, java.util.Optional<ReportPassword> password, OutputStream out)
      throws IOException {
    if (password.isPresent()) {
      writeEncrypted(workbook, password.get(), out);
    } else {
      workbook.write(out);
    }
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
