package dev.tandem.report.output;

import java.util.Objects;
import java.util.function.BiPredicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellUtil;

/**
 * The one way Tandem puts text into a workbook cell. The value is stored as a string, never as a
 * formula; text that starts like a formula ({@code = + - @}, tab, carriage return) is also given
 * the quote-prefix property on top of the cell's style, so Excel and LibreOffice keep showing it as
 * text even after the coach edits the cell. Set the cell's style before calling {@link #set}: the
 * quote-prefixed style is derived from it (POI reuses an equal style when the workbook has one).
 */
public final class TextCells {

  private TextCells() {}

  public static void set(Cell cell, String text) {
    set(cell, text, (c, t) -> false);
  }

  /**
   * As {@link #set(Cell, String)}, the text stored by {@code store} when it can (it stores the text
   * as a string, as POI would, and returns true) and by POI otherwise.
   */
  public static <C extends Cell> void set(C cell, String text, BiPredicate<C, String> store) {
    Objects.requireNonNull(cell, "cell must not be null");
    Objects.requireNonNull(text, "text must not be null");
    if (!store.test(cell, text)) {
      cell.setCellValue(text);
    }
    quoteIfFormulaLike(cell, text);
  }

  /** Formatted text: the same rule, on the text as a whole. */
  public static void set(Cell cell, RichTextString text) {
    Objects.requireNonNull(cell, "cell must not be null");
    Objects.requireNonNull(text, "text must not be null");
    cell.setCellValue(text);
    quoteIfFormulaLike(cell, text.getString());
  }

  private static void quoteIfFormulaLike(Cell cell, String text) {
    if (CsvText.startsLikeFormula(text) && !cell.getCellStyle().getQuotePrefixed()) {
      CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
    }
  }
}
