package dev.tandem.report;

import dev.tandem.report.output.TextCells;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything of a scores workbook but its rows, as POI lays it out: the workbook with its sheets
 * ("Scores", "Scores (2)", ...), the header row in bold on every sheet, column widths, the frozen
 * header and client column, and the styles. {@link ScoresWorkbook} streams the rows between each
 * sheet's {@link #sheetStart} and {@link #sheetEnd} and copies the other parts as they are.
 */
final class ScoresPackage {

  /** When every part is dated: the zip format's earliest date, so equal files are equal bytes. */
  private static final LocalDateTime PART_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final String SHEET_DATA_END = "</sheetData>";

  private final Map<String, byte[]> parts;
  private final int quotedStyle;

  private ScoresPackage(Map<String, byte[]> parts, int quotedStyle) {
    this.parts = parts;
    this.quotedStyle = quotedStyle;
  }

  /** The package of a workbook with {@code sheets} sheets under the given header. */
  static ScoresPackage of(List<String> header, int sheets) {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle headerStyle = workbook.createCellStyle();
      headerStyle.setFont(bold);
      CellStyle quoted = workbook.createCellStyle();
      quoted.setQuotePrefixed(true);
      for (int s = 1; s <= sheets; s++) {
        header(workbook.createSheet(s == 1 ? "Scores" : "Scores (" + s + ")"), header, headerStyle);
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      workbook.write(bytes);
      return new ScoresPackage(unzipped(bytes.toByteArray()), quoted.getIndex());
    } catch (IOException e) {
      throw new UncheckedIOException("could not lay out the scores workbook in memory", e);
    }
  }

  static String sheetPath(int number) {
    return "xl/worksheets/sheet" + number + ".xml";
  }

  /** A part dated {@link #PART_TIME}. */
  static ZipEntry entry(String path) {
    ZipEntry entry = new ZipEntry(path);
    entry.setTimeLocal(PART_TIME);
    return entry;
  }

  /** The index of the default style with the quote prefix, for text that looks like a formula. */
  int quotedStyle() {
    return quotedStyle;
  }

  /**
   * A sheet's XML up to its first data row: the header row is in it. The first sheet is the one
   * selected; every later sheet starts as the second does.
   */
  byte[] sheetStart(int number) {
    String xml = sheet(Math.min(number, 2));
    // The used range is left for the reader to find: it is not known until the last row.
    return xml.substring(0, xml.indexOf(SHEET_DATA_END))
        .replaceFirst("<dimension ref=\"[A-Z0-9:]*\"/>", "")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A sheet's XML after its last row. */
  byte[] sheetEnd() {
    String xml = sheet(1);
    return xml.substring(xml.indexOf(SHEET_DATA_END)).getBytes(StandardCharsets.UTF_8);
  }

  /** Writes every part but the sheets, which the caller has written. */
  void writeAllButSheets(ZipOutputStream zip) throws IOException {
    for (Map.Entry<String, byte[]> part : parts.entrySet()) {
      if (!part.getKey().startsWith("xl/worksheets/")) {
        zip.putNextEntry(entry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
  }

  private String sheet(int number) {
    byte[] xml = parts.get(sheetPath(number));
    if (xml == null) {
      throw new IllegalStateException("POI wrote no " + sheetPath(number));
    }
    return new String(xml, StandardCharsets.UTF_8);
  }

  private static Map<String, byte[]> unzipped(byte[] workbook) throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        parts.put(entry.getName(), zip.readAllBytes());
      }
    }
    return parts;
  }

  private static void header(XSSFSheet sheet, List<String> header, CellStyle style) {
    Row row = sheet.createRow(0);
    for (int c = 0; c < header.size(); c++) {
      row.createCell(c).setCellStyle(style);
      TextCells.set(row.getCell(c), header.get(c));
      sheet.setColumnWidth(
          c, (c == 0 ? 24 : Math.max(12, Math.min(40, header.get(c).length() + 2))) * 256);
    }
    sheet.createFreezePane(1, 1);
  }
}
