package dev.tandem.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the broken and hostile files of the import's test corpus at test time (some are megabytes
 * when unpacked, none is committed). Each starts from a small, valid Google-Forms-like export.
 */
final class BrokenFiles {

  static final String HEADER =
      "Timestamp,Email address,Name,I have friends of my own whom I see regularly.";
  static final String ROW = "2026/01/05 10:00:00,anna@example.org,Anna,Agree";

  private BrokenFiles() {}

  /** A valid one-response workbook. */
  static byte[] workbook() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      XSSFSheet sheet = workbook.createSheet("Form Responses 1");
      String[][] rows = {HEADER.split(","), ROW.split(",")};
      for (int r = 0; r < rows.length; r++) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static Path truncatedXlsx(Path folder) throws IOException {
    byte[] whole = workbook();
    return Files.write(
        folder.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));
  }

  /**
   * The first sheet padded with 50 MB of spaces inside the row data: compresses about a
   * thousandfold.
   */
  static Path zipBombXlsx(Path folder) throws IOException {
    return replaceSheet(
        folder.resolve("zip-bomb.xlsx"),
        original -> {
          int at = original.indexOf("</sheetData>");
          return original.substring(0, at) + " ".repeat(50 * 1024 * 1024) + original.substring(at);
        });
  }

  /** The first sheet with a document type that defines nested entities ("billion laughs"). */
  static Path entityBombXlsx(Path folder) throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      doctype
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    doctype.append("]>");
    return replaceSheet(
        folder.resolve("entity-bomb.xlsx"),
        original -> {
          int declarationEnd = original.indexOf("?>") + 2;
          String withDoctype =
              original.substring(0, declarationEnd) + doctype + original.substring(declarationEnd);
          return withDoctype.replace(
              "<sheetData>",
              "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>");
        });
  }

  static Path csvWithNulBytes(Path folder) throws IOException {
    String text = HEADER + "\r\n" + ROW.replace("Agree", "Ag\0\0ree") + "\r\n";
    return Files.write(folder.resolve("nul-bytes.csv"), text.getBytes(StandardCharsets.UTF_8));
  }

  static Path csvWithLongField(Path folder) throws IOException {
    String text = HEADER + "\r\n" + ROW.replace("Anna", "x".repeat(100_000)) + "\r\n";
    return Files.writeString(folder.resolve("long-field.csv"), text);
  }

  static Path csvWith20000Columns(Path folder) throws IOException {
    StringBuilder header = new StringBuilder(HEADER);
    StringBuilder row = new StringBuilder(ROW);
    for (int c = 4; c < 20_000; c++) {
      header.append(",extra ").append(c);
      row.append(",1");
    }
    return Files.writeString(folder.resolve("wide.csv"), header + "\r\n" + row + "\r\n");
  }

  private interface SheetEdit {
    String apply(String sheetXml);
  }

  private static Path replaceSheet(Path file, SheetEdit edit) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook()));
        OutputStream target = Files.newOutputStream(file);
        ZipOutputStream out = new ZipOutputStream(target)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        out.putNextEntry(new ZipEntry(entry.getName()));
        byte[] content = in.readAllBytes();
        if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              edit.apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.write(content);
        out.closeEntry();
      }
    }
    return file;
  }
}
