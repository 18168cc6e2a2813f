package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReproducibleTest {

  private static final Instant AS_OF = Instant.parse("2026-03-01T00:00:00Z");

  private static byte[] workbook(Instant asOf) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Report").createRow(0).createCell(0).setCellValue("Need for solitude: 3.2");
      Reproducible.stamp(workbook, asOf);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
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
    Thread.sleep(1100); // let the clock move on: a timestamp taken from it would now differ
    byte[] second = workbook(AS_OF);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void theWorkbookCarriesTheChosenDateNotTheClock() throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook(AS_OF)))) {
      assertThat(read.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(AS_OF);
      assertThat(read.getProperties().getCoreProperties().getModified().toInstant()).isEqualTo(AS_OF);
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
