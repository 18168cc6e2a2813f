package dev.tandem.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes minimal .xlsx files from hand-written sheet XML, for what POI's writer will not produce:
 * invalid cell references, rows out of order, 1904 dates, rich inline strings, very long sheets
 * written without holding them. Style 0 is General, style 1 a date-time ({@code m/d/yy h:mm}).
 */
final class RawWorkbook {

  /** Writes the {@code <row>} elements of the sheet. */
  interface Rows {
    void write(Writer sheetData) throws IOException;
  }

  private RawWorkbook() {}

  static Path write(Path file, boolean date1904, List<String> sharedStrings, Rows rows)
      throws IOException {
    try (OutputStream target = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(target)) {
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
              + ".spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.spreadsheetml.worksheet+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
              + "officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
              + ".spreadsheetml.styles+xml\"/></Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "worksheet\" Target=\"worksheets/sheet1.xml\"/>"
              + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
              + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
              + "styles\" Target=\"styles.xml\"/></Relationships>");
      entry(
          zip,
          "xl/workbook.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + (date1904 ? "<workbookPr date1904=\"1\"/>" : "")
              + "<sheets><sheet name=\"Responses\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      StringBuilder strings =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                  + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      sharedStrings.forEach(s -> strings.append("<si><t>").append(s).append("</t></si>"));
      entry(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
      entry(
          zip,
          "xl/styles.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
              + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
              + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"22\" applyNumberFormat=\"1\"/></cellXfs>"
              + "</styleSheet>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer sheet = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      sheet.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
              + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
      rows.write(sheet);
      sheet.write("</sheetData></worksheet>");
      sheet.flush();
      zip.closeEntry();
    }
    return file;
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
