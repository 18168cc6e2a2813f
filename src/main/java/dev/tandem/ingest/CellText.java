package dev.tandem.ingest;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns one cell of a sheet's XML into the text a CSV export would show: shared strings looked up,
 * whole numbers without decimals, numbers in a date format as ISO date-times (1900 or 1904 based,
 * as the workbook says), booleans as TRUE/FALSE, errors as #ERROR. Formula cells show their cached
 * result.
 */
final class CellText {

  private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  /** Why a cell's value could not be read; the caller names the sheet and the cell. */
  static final class DamagedCell extends Exception {
    private static final long serialVersionUID = 1L;

    DamagedCell(String reason) {
      super(reason);
    }
  }

  private final SharedStrings sharedStrings;
  private final Optional<StylesTable> styles;
  private final boolean date1904;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();

  CellText(SharedStrings sharedStrings, Optional<StylesTable> styles, boolean date1904) {
    this.sharedStrings = sharedStrings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  /**
   * The text of a cell with type attribute {@code type} (null when absent), style index {@code
   * style} and value {@code value} (the {@code <v>} element, or an inline string's text; null when
   * the cell holds none).
   */
  String text(String type, int style, String value) throws DamagedCell {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return switch (type == null ? "n" : type) {
      case "s" -> sharedString(value);
      case "inlineStr", "str", "d" -> value;
      case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
      case "e" -> "#ERROR";
      case "n" -> number(style, value);
      default -> throw new DamagedCell("the cell has an unknown type");
    };
  }

  private String sharedString(String value) throws DamagedCell {
    int index;
    try {
      index = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new DamagedCell("the cell refers to a shared text that is not a number");
    }
    try {
      return sharedStrings.getItemAt(index).getString();
    } catch (IndexOutOfBoundsException e) {
      throw new DamagedCell("the cell refers to a shared text the workbook does not have");
    }
  }

  private String number(int style, String text) throws DamagedCell {
    double value;
    try {
      value = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new DamagedCell("the cell should hold a number but does not");
    }
    if (DateUtil.isValidExcelDate(value) && isDateStyle(style)) {
      LocalDateTime date = DateUtil.getLocalDateTime(value, date1904);
      return date == null ? "" : ISO.format(date);
    }
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private boolean isDateStyle(int style) {
    return styles.isPresent() && dateStyles.computeIfAbsent(style, this::formatsDates);
  }

  private boolean formatsDates(int index) {
    XSSFCellStyle style =
        index >= 0 && index < styles.get().getNumCellStyles()
            ? styles.get().getStyleAt(index)
            : null;
    return style != null
        && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
  }
}
