package dev.tandem.report;

import dev.tandem.report.output.CsvText;
import dev.tandem.report.output.NumberTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of a worksheet as SpreadsheetML ({@code <row>} elements of {@code <sheetData>}), encoded
 * straight to bytes: a number as its shortest decimal, text as an inline string, an empty string as
 * no cell. Text is never a formula; text that starts like one gets the quote-prefixed style, as
 * {@link dev.tandem.report.output.TextCells} does for cells made with POI. Characters XML cannot
 * hold are written in Excel's {@code _xHHHH_} escape, and text that already reads like that escape
 * has its underscore escaped, so every string reads back as it was given. Not thread safe.
 */
final class SheetRows {

  private static final byte[] ROW_OPEN = ascii("<row r=\"");
  private static final byte[] ROW_OPEN_END = ascii("\">");
  private static final byte[] ROW_END = ascii("</row>");
  private static final byte[] CELL_OPEN = ascii("<c r=\"");
  private static final byte[] CELL_END = ascii("</c>");
  private static final byte[] NUMBER_OPEN = ascii("\"><v>");
  private static final byte[] NUMBER_CLOSE = ascii("</v>");
  private static final byte[] TEXT_OPEN = ascii("\" t=\"inlineStr\"><is><t>");
  private static final byte[] TEXT_OPEN_PRESERVE =
      ascii("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
  private static final byte[] TEXT_CLOSE = ascii("</t></is>");
  private static final byte[] NOT_A_NUMBER = ascii("\" t=\"e\"><v>#NUM!</v>");

  private final OutputStream out;
  private final byte[] quotedStyle;
  private final byte[] buffer = new byte[1 << 16];
  private final NumberTexts numbers = new NumberTexts(SheetRows::decimal);
  private byte[][] columns = new byte[0][];
  private int size;

  /**
   * @param quotedStyle the index, in the workbook's styles, of the default style with the quote
   *     prefix
   */
  SheetRows(OutputStream out, int quotedStyle) {
    this.out = out;
    this.quotedStyle = ascii("\" s=\"" + quotedStyle);
  }

  /** Writes the row with the given 1-based number; cells are String, Number or empty strings. */
  void row(int number, List<Object> values) throws IOException {
    byte[] row = ascii(Integer.toString(number));
    put(ROW_OPEN);
    put(row);
    put(ROW_OPEN_END);
    for (int c = 0; c < values.size(); c++) {
      Object value = values.get(c);
      if (value instanceof Number n) {
        number(column(c), row, n.doubleValue());
      } else if (!value.toString().isEmpty()) {
        text(column(c), row, value.toString());
      }
    }
    put(ROW_END);
  }

  /** Writes out what is buffered. */
  void flush() throws IOException {
    out.write(buffer, 0, size);
    size = 0;
  }

  private void number(byte[] column, byte[] row, double value) throws IOException {
    reference(column, row);
    if (!Double.isFinite(value)) {
      put(NOT_A_NUMBER);
    } else {
      put(NUMBER_OPEN);
      putAscii(numbers.of(value));
      put(NUMBER_CLOSE);
    }
    put(CELL_END);
  }

  private void text(byte[] column, byte[] row, String text) throws IOException {
    reference(column, row);
    if (CsvText.startsLikeFormula(text)) {
      put(quotedStyle);
    }
    boolean preserve = isXmlBlank(text.charAt(0)) || isXmlBlank(text.charAt(text.length() - 1));
    put(preserve ? TEXT_OPEN_PRESERVE : TEXT_OPEN);
    if (isPlainAscii(text)) {
      putAscii(text);
    } else {
      put(escaped(text).getBytes(StandardCharsets.UTF_8));
    }
    put(TEXT_CLOSE);
    put(CELL_END);
  }

  private void reference(byte[] column, byte[] row) throws IOException {
    put(CELL_OPEN);
    put(column);
    put(row);
  }

  private byte[] column(int index) {
    if (index >= columns.length) {
      int from = columns.length;
      columns = Arrays.copyOf(columns, Math.max(index + 1, from * 2));
      for (int c = from; c < columns.length; c++) {
        columns[c] = ascii(CellReference.convertNumToColString(c));
      }
    }
    return columns[index];
  }

  /** Printable ASCII with nothing XML or Excel's escape would touch. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '>' || c == '_') {
        return false;
      }
    }
    return true;
  }

  private static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '\t', '\n' -> escaped.append(c);
        case '_' -> escaped.append(startsExcelEscape(text, i) ? "_x005F_" : "_");
        default -> {
          if (c < ' ' || c == '\uFFFE' || c == '\uFFFF' || isLoneSurrogate(text, i)) {
            escaped.append(String.format("_x%04X_", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }

  /** Whether {@code _xHHHH_} starts at {@code i}, which a reader would decode. */
  private static boolean startsExcelEscape(String text, int i) {
    if (i + 7 > text.length() || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
      return false;
    }
    for (int k = i + 2; k < i + 6; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLoneSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  private static boolean isXmlBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private void put(byte b) throws IOException {
    if (size == buffer.length) {
      flush();
    }
    buffer[size++] = b;
  }

  private void put(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - size) {
      flush();
      if (bytes.length > buffer.length) {
        out.write(bytes);
        return;
      }
    }
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  private void putAscii(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      put((byte) text.charAt(i));
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** A whole number without a fraction, anything else as {@link Double#toString}. */
  private static String decimal(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
