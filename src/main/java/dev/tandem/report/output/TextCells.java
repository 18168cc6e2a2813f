package dev.tandem.report.output;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The one way Tandem puts text into a workbook cell. The value is stored as a string, never as a
 * formula; text that starts like a formula ({@code = + - @}) also gets a quote-prefixed copy of the
 * cell's style, so Excel and LibreOffice show it as text even after the coach edits the cell. Set the
 * cell's style before calling {@link #set}: the quote-prefixed copy is derived from it. One instance
 * per workbook (it caches the derived styles).
 */
public final class TextCells {

  private final Workbook workbook;
  private final Map<Integer, CellStyle> quoted = new HashMap<>();

  public TextCells(Workbook workbook) {
    this.workbook = Objects.requireNonNull(workbook, "workbook must not be null");
  }

  public void set(Cell cell, String text) {
    Objects.requireNonNull(cell, "cell must not be null");
    Objects.requireNonNull(text, "text must not be null");
    cell.setCellValue(text);
    if (CsvText.startsLikeFormula(text)) {
      cell.setCellStyle(quotedVersionOf(cell.getCellStyle()));
    }
  }

  private CellStyle quotedVersionOf(CellStyle style) {
    if (style.getQuotePrefixed()) {
      return style;
    }
    return quoted.computeIfAbsent(
        style.getIndex() & 0xFFFF,
        index -> {
          CellStyle copy = workbook.createCellStyle();
          copy.cloneStyleFrom(style);
          copy.setQuotePrefixed(true);
          return copy;
        });
  }
}
