package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtectionTest {

  private static final ReportPassword PASSWORD = ReportPassword.of("correct horse battery staple");

  @TempDir Path folder;

  private Path encryptedWorkbook() throws IOException {
    Path file = folder.resolve("client.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      workbook
          .createSheet("Report")
          .createRow(0)
          .createCell(0)
          .setCellValue("Closeness: 3.40 (balanced)");
      Protection.write(workbook, Optional.of(PASSWORD), Instant.parse("2026-03-01T00:00:00Z"), out);
    }
    return file;
  }

  @Test
  void anEncryptedWorkbookOpensWithThePassword() throws IOException {
    Path file = encryptedWorkbook();

    try (Workbook workbook =
        WorkbookFactory.create(file.toFile(), "correct horse battery staple", true)) {
      assertThat(workbook.getSheet("Report").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Closeness: 3.40 (balanced)");
    }
  }

  @Test
  void anEncryptedWorkbookDoesNotOpenWithoutThePassword() throws IOException {
    Path file = encryptedWorkbook();

    assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), null, true))
        .isInstanceOf(EncryptedDocumentException.class);
    assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), "wrong", true))
        .isInstanceOf(EncryptedDocumentException.class);
    assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("Closeness")
        .doesNotContain("Report");
  }

  @Test
  void workbooksUseAgileEncryptionWithAes256AndSha512() throws IOException {
    Path file = encryptedWorkbook();

    try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
      EncryptionInfo info = new EncryptionInfo(container);
      assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
      assertThat(info.getHeader().getCipherAlgorithm()).isEqualTo(CipherAlgorithm.aes256);
      assertThat(info.getHeader().getHashAlgorithm()).isEqualTo(HashAlgorithm.sha512);
      assertThat(info.getVerifier().getHashAlgorithm()).isEqualTo(HashAlgorithm.sha512);
    }
  }

  @Test
  void withoutAPasswordTheWorkbookIsWrittenPlainAndReproducibly() throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    Instant asOf = Instant.parse("2026-03-01T00:00:00Z");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Report");
      Protection.write(workbook, Optional.empty(), asOf, first);
      Protection.write(workbook, Optional.empty(), asOf, second);
    }

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    try (Workbook read = WorkbookFactory.create(new ByteArrayInputStream(first.toByteArray()))) {
      assertThat(read.getSheetName(0)).isEqualTo("Report");
    }
  }

  private Path protectedPdf() throws IOException {
    Path file = folder.resolve("client.pdf");
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText("Insecurity triggers: 2.10");
        content.endText();
      }
      Protection.protect(document, PASSWORD);
      document.save(file.toFile());
    }
    return file;
  }

  @Test
  void aProtectedPdfOpensWithThePasswordAndUsesAes256() throws IOException {
    Path file = protectedPdf();

    try (PDDocument document = Loader.loadPDF(file.toFile(), "correct horse battery staple")) {
      assertThat(new PDFTextStripper().getText(document)).contains("Insecurity triggers: 2.10");
      assertThat(document.getEncryption().getLength()).isEqualTo(256);
      assertThat(document.getEncryption().getVersion()).isEqualTo(5);
      assertThat(document.getEncryption().getRevision()).isEqualTo(6);
      assertThat(
              document
                  .getEncryption()
                  .getStdCryptFilterDictionary()
                  .getCryptFilterMethod()
                  .getName())
          .isEqualTo("AESV3");
    }
  }

  @Test
  void aProtectedPdfDoesNotOpenWithoutThePassword() throws IOException {
    Path file = protectedPdf();

    assertThatThrownBy(() -> Loader.loadPDF(file.toFile()))
        .isInstanceOf(InvalidPasswordException.class);
    assertThatThrownBy(() -> Loader.loadPDF(file.toFile(), "wrong"))
        .isInstanceOf(InvalidPasswordException.class);
  }
}
