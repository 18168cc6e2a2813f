package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleTest {

  private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

  private static byte[] workbook(Instant asOf) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook
          .createSheet("Report")
          .createRow(0)
          .createCell(0)
          .setCellValue("Need for solitude: 3.2");
      return Reproducible.bytes(workbook, asOf);
    }
  }

  private static byte[] pdf(String name, Instant asOf) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      Reproducible.stamp(document, name, asOf);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void theSameWorkbookGivesTheSameBytes() throws Exception {
    byte[] first = workbook(AS_OF);
    Thread.sleep(2100); // let the clock move on past the zip format's two-second steps
    byte[] second = workbook(AS_OF);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyPartOfTheZipCarriesTheChosenDate() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook(AS_OF)))) {
      ZipEntry entry;
      int parts = 0;
      while ((entry = zip.getNextEntry()) != null) {
        assertThat(entry.getTimeLocal())
            .as(entry.getName())
            .isEqualTo(LocalDateTime.of(2026, 3, 1, 0, 0));
        parts++;
      }
      assertThat(parts).isGreaterThan(5);
    }
  }

  @Test
  void theCentralDirectoryCarriesTheChosenDateAndThePartsReadBack(@TempDir Path folder)
      throws IOException {
    Path file = folder.resolve("stamped.xlsx");
    Files.write(file, workbook(Instant.parse("2025-11-30T17:45:58Z")));
    try (ZipFile zip = new ZipFile(file.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      assertThat(entries).hasSizeGreaterThan(5);
      for (ZipEntry entry : entries) {
        assertThat(entry.getTimeLocal())
            .as(entry.getName())
            .isEqualTo(LocalDateTime.of(2025, 11, 30, 17, 45, 58));
        assertThat(entry.getExtra()).as(entry.getName()).isNull();
      }
    }
    try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(file))) {
      assertThat(read.getSheet("Report").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("Need for solitude: 3.2");
    }
  }

  @Test
  void picturesAreStoredAsTheyAreAndTheOtherPartsDeflated(@TempDir Path folder) throws IOException {
    byte[] picture = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    byte[] written;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("Trend");
      workbook.addPicture(picture, Workbook.PICTURE_TYPE_PNG);
      written = Reproducible.bytes(workbook, AS_OF);
    }
    Path file = folder.resolve("pictured.xlsx");
    Files.write(file, written);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry png = zip.getEntry("xl/media/image1.png");
      assertThat(png.getMethod()).isEqualTo(ZipEntry.STORED);
      assertThat(zip.getInputStream(png).readAllBytes()).isEqualTo(picture);
      assertThat(zip.getEntry("xl/worksheets/sheet1.xml").getMethod()).isEqualTo(ZipEntry.DEFLATED);
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      assertThat(read.getAllPictures()).hasSize(1);
      assertThat(read.getAllPictures().get(0).getData()).isEqualTo(picture);
    }
  }

  @Test
  void thePartsOfXmlAreDeflatedAtTheFastLevel(@TempDir Path folder) throws IOException {
    byte[] written;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      var sheet = workbook.createSheet("Report");
      for (int r = 0; r < 400; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < 6; c++) {
          row.createCell(c).setCellValue((r * 37 + c * 11) % 97 / 7.0);
        }
      }
      written = Reproducible.bytes(workbook, AS_OF);
    }
    Path file = folder.resolve("numbers.xlsx");
    Files.write(file, written);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
      byte[] xml = zip.getInputStream(sheet).readAllBytes();

      assertThat(sheet.getCompressedSize()).isEqualTo(deflatedSize(xml, WorkbookZip.XML_LEVEL));
      assertThat(deflatedSize(xml, WorkbookZip.XML_LEVEL))
          .isNotEqualTo(deflatedSize(xml, Deflater.DEFAULT_COMPRESSION));
    }
  }

  /** The size of {@code bytes} deflated at {@code level} without a zlib header, as in a zip. */
  static long deflatedSize(byte[] bytes, int level) {
    Deflater deflater = new Deflater(level, true);
    try {
      deflater.setInput(bytes);
      deflater.finish();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        deflater.deflate(buffer);
      }
      return deflater.getBytesWritten();
    } finally {
      deflater.end();
    }
  }

  @Test
  void aDateBeforeTheZipFormatsFirstIsStampedAsItsFirst() throws IOException {
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(workbook(Instant.EPOCH)))) {
      assertThat(zip.getNextEntry().getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 1, 0, 0));
    }
  }

  @Test
  void theWorkbookCarriesTheChosenDateNotTheClock() throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook(AS_OF)))) {
      assertThat(read.getProperties().getCoreProperties().getCreated().toInstant())
          .isEqualTo(AS_OF);
      assertThat(read.getProperties().getCoreProperties().getModified().toInstant())
          .isEqualTo(AS_OF);
      assertThat(read.getProperties().getCoreProperties().getCreator()).isEqualTo("Tandem");
    }
  }

  @Test
  void theSamePdfGivesTheSameBytes() throws Exception {
    byte[] first = pdf("anna.pdf", AS_OF);
    Thread.sleep(1100);
    byte[] second = pdf("anna.pdf", AS_OF);

    assertThat(second).isEqualTo(first);
    assertThat(pdf("ben.pdf", AS_OF)).isNotEqualTo(first);
  }
}
