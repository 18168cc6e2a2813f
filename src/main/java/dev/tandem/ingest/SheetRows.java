package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The rows of one worksheet, pulled from its XML one {@code <row>} at a time, so a sheet of a
 * million rows needs the memory of one row. Rows the sheet skips come back blank, as a spreadsheet
 * shows them; the first row fixes the width, and cells to its right are ignored. Cell references
 * are checked: one outside Excel's grid (such as {@code ZZZZ2}), rows out of order, or a row
 * holding more than {@link #MAX_ROW_CHARS} characters end the import with a message naming the
 * sheet and cell, so no value is dropped or misplaced without a word.
 */
final class SheetRows {

  /** Excel's last row, 1,048,576. */
  static final int MAX_ROW = 1_048_576;

  /** Excel's last column, XFD (16,384). */
  static final int MAX_COLUMN = 16_384;

  /** A row's text is held in memory while it is read: at most 8 million characters (16 MB). */
  static final int MAX_ROW_CHARS = 8_000_000;

  private static final Pattern SHOWABLE = Pattern.compile("[A-Za-z]{1,10}[0-9]{0,10}|[0-9]{1,10}");

  private final Path file;
  private final String sheet;
  private final XMLStreamReader xml;
  private final CellText cellText;
  private final int width;
  private int lastRow;
  private Optional<Row> held = Optional.empty();

  private SheetRows(Path file, String sheet, XMLStreamReader xml, CellText cellText)
      throws XMLStreamException {
    this.file = file;
    this.sheet = sheet;
    this.xml = xml;
    this.cellText = cellText;
    this.held = readRow(Integer.MAX_VALUE);
    this.width = held.map(row -> row.cells().length).orElse(0);
  }

  /**
   * Starts reading the sheet {@code sheet} of {@code file} from its XML; reads the first row, and
   * reports a sheet without rows as empty.
   */
  static SheetRows open(Path file, String sheet, InputStream sheetXml, CellText cellText)
      throws XMLStreamException {
    XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
    SheetRows rows = new SheetRows(file, sheet, xml, cellText);
    if (rows.held.isEmpty()) {
      rows.close();
      throw new ImportException(
          Position.ofFile(file),
          "the sheet \""
              + sheet
              + "\" is empty; export the responses again, or choose another sheet with --sheet");
    }
    return rows;
  }

  /** The next row (blank for a row the sheet skips), or empty after the last. */
  Optional<Row> next() throws XMLStreamException {
    if (held.isEmpty()) {
      held = readRow(width);
      if (held.isEmpty()) {
        return Optional.empty();
      }
    }
    Row row = held.get();
    if (row.line() > lastRow + 1 && lastRow > 0) {
      lastRow++;
      String[] blank = new String[width];
      Arrays.fill(blank, "");
      return Optional.of(new Row(lastRow, blank));
    }
    lastRow = row.line();
    held = Optional.empty();
    return Optional.of(row);
  }

  void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader over a part being discarded; nothing is lost
    }
  }

  /** Reads the next {@code <row>}; {@code limit} cells wide, or as wide as its cells go. */
  private Optional<Row> readRow(int limit) throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
        return Optional.of(row(rowNumber(), limit));
      }
    }
    return Optional.empty();
  }

  private int rowNumber() {
    String r = xml.getAttributeValue(null, "r");
    int previous = held.map(Row::line).orElse(lastRow);
    if (r == null) {
      return previous + 1;
    }
    int number;
    try {
      number = Integer.parseInt(r.trim());
    } catch (NumberFormatException e) {
      throw damaged(
          previous + 1,
          0,
          "row " + show(r) + " is not a valid row number (rows run from 1 to " + MAX_ROW + ")");
    }
    if (number < 1 || number > MAX_ROW) {
      throw damaged(
          previous + 1,
          0,
          "row " + show(r) + " is not a valid row number (rows run from 1 to " + MAX_ROW + ")");
    }
    if (number <= previous) {
      throw damaged(
          number, 0, "row " + number + " comes after row " + previous + "; rows must be in order");
    }
    return number;
  }

  private Row row(int number, int limit) throws XMLStreamException {
    String[] cells = new String[Math.min(limit, MAX_COLUMN)];
    Arrays.fill(cells, "");
    int used = 0;
    int column = 0;
    long chars = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("c")) {
        continue;
      }
      String reference = xml.getAttributeValue(null, "r");
      column = reference == null ? column + 1 : column(number, reference);
      String type = xml.getAttributeValue(null, "t");
      int style = style(number, column, xml.getAttributeValue(null, "s"));
      String value = cellValue(number, column, MAX_ROW_CHARS - chars);
      chars += value == null ? 0 : value.length();
      if (column <= cells.length) {
        try {
          cells[column - 1] = cellText.text(type, style, value);
        } catch (CellText.DamagedCell e) {
          throw damaged(number, column, e.getMessage());
        }
        used = Math.max(used, column);
      }
    }
    return new Row(number, cells.length == limit ? cells : Arrays.copyOf(cells, used));
  }

  /** The 1-based column of a cell reference such as {@code B7}, checked against Excel's grid. */
  private int column(int row, String reference) {
    int at = 0;
    int column = 0;
    while (at < reference.length()
        && at < 4
        && reference.charAt(at) >= 'A'
        && reference.charAt(at) <= 'Z') {
      column = column * 26 + reference.charAt(at++) - 'A' + 1;
    }
    int letters = at;
    long number = 0;
    while (at < reference.length()
        && at - letters < 8
        && reference.charAt(at) >= '0'
        && reference.charAt(at) <= '9') {
      number = number * 10 + reference.charAt(at++) - '0';
    }
    if (letters == 0
        || column > MAX_COLUMN
        || at == letters
        || reference.charAt(letters) == '0'
        || number > MAX_ROW
        || at != reference.length()) {
      throw damaged(
          row,
          0,
          "cell "
              + show(reference)
              + " is not a valid cell reference (columns run from A to"
              + " XFD, rows from 1 to "
              + MAX_ROW
              + "), so its value cannot be placed in a column");
    }
    return column;
  }

  private int style(int row, int column, String s) {
    if (s == null) {
      return 0;
    }
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      throw damaged(row, column, "the cell's style is not a number");
    }
  }

  /**
   * The value of the cell whose start tag was just read: the text of its {@code <v>}, or of its
   * inline string's {@code <t>} elements (phonetic guides left out); null when it has neither.
   */
  private String cellValue(int row, int column, long room) throws XMLStreamException {
    StringBuilder text = null;
    boolean inValue = false;
    int phonetic = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "v", "t" -> {
            inValue = phonetic == 0;
            text = text == null ? new StringBuilder() : text;
          }
          case "rPh" -> phonetic++;
          default -> {}
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (xml.getLocalName()) {
          case "c" -> {
            return text == null ? null : text.toString();
          }
          case "v", "t" -> inValue = false;
          case "rPh" -> phonetic--;
          default -> {}
        }
      } else if (inValue
          && (event == XMLStreamConstants.CHARACTERS
              || event == XMLStreamConstants.CDATA
              || event == XMLStreamConstants.SPACE)) {
        if (text.length() + xml.getTextLength() > room) {
          throw damaged(
              row,
              column,
              "the row holds more than "
                  + MAX_ROW_CHARS
                  + " characters of text, far more"
                  + " than a survey export");
        }
        text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
      }
    }
  }

  private ImportException damaged(int row, int column, String what) {
    String cell = column > 0 ? ", cell " + columnName(column) + row : "";
    return new ImportException(
        new Position(file, row, column),
        "sheet \""
            + sheet
            + "\""
            + cell
            + ": "
            + what
            + "; the workbook is damaged or was not written by a spreadsheet program. Open it in Excel and save it"
            + " again, or export the responses again");
  }

  private static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int c = column; c > 0; c = (c - 1) / 26) {
      name.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return name.toString();
  }

  /**
   * A reference or number from the file, quoted when it looks like one, so no cell content is
   * echoed.
   */
  private static String show(String value) {
    return SHOWABLE.matcher(value).matches() ? "\"" + value + "\"" : "(unreadable)";
  }
}
