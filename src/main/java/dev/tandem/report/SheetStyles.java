package dev.tandem.report;

import java.awt.Color;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontScheme;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;

/**
 * The cell styles of one workbook (the {@code row...} styles are for data rows, centred
 * vertically), made once (a workbook holds a limited number of styles). Scores show two decimals,
 * correlations and alphas two, counts none, so no cell ever shows a float's tail.
 */
final class SheetStyles {

  static final String SCORE_FORMAT = "0.00";
  static final String COUNT_FORMAT = "0";

  /** A change or difference keeps its sign: "+0.83", "-0.33", "0.00". */
  static final String SIGNED_FORMAT = "+0.00;-0.00;0.00";

  final XSSFCellStyle title;
  final XSSFCellStyle subtitle;
  final XSSFCellStyle heading;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle bold;
  final XSSFCellStyle wrap;
  final XSSFCellStyle small;
  final XSSFCellStyle note;
  final XSSFCellStyle score;
  final XSSFCellStyle count;
  final XSSFCellStyle tableText;
  final XSSFCellStyle tableSmall;

  /** As {@link #tableSmall}, wrapping between words (a verdict longer than its cell). */
  final XSSFCellStyle tableWrap;

  final XSSFCellStyle tableScore;
  final XSSFCellStyle tableSigned;
  final XSSFCellStyle tableCenter;
  final XSSFCellStyle row;
  final XSSFCellStyle rowWrap;
  final XSSFCellStyle rowCount;
  final XSSFCellStyle rowScore;
  final XSSFCellStyle rowFlag;

  /** For the bold lead-in of a rich-text paragraph in {@link #wrap}. */
  final XSSFFont leadFont;

  SheetStyles(XSSFWorkbook workbook) {
    XSSFFont standard = workbook.getFontAt(0);
    standard.setFontName(Palette.SHEET_FONT);
    standard.setFontHeightInPoints((short) 10);
    standard.setScheme(FontScheme.NONE);
    title = style(workbook, font(workbook, 16, true, Palette.INK));
    subtitle = style(workbook, font(workbook, 11, false, Palette.INK));
    heading = style(workbook, font(workbook, 13, true, Palette.BLUE));
    header = style(workbook, font(workbook, 10, true, Palette.INK));
    fill(header, Palette.HEADER_FILL);
    border(header);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    text = style(workbook, font(workbook, 10, false, Palette.INK));
    bold = style(workbook, font(workbook, 10, true, Palette.INK));
    wrap = style(workbook, font(workbook, 9, false, Palette.INK));
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    small = style(workbook, font(workbook, 9, false, Palette.INK));
    note = style(workbook, font(workbook, 8, false, Palette.NOTE));
    note.setWrapText(true);
    note.setVerticalAlignment(VerticalAlignment.TOP);
    score = style(workbook, font(workbook, 10, false, Palette.INK));
    score.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
    count = style(workbook, font(workbook, 10, false, Palette.INK));
    count.setDataFormat(workbook.createDataFormat().getFormat(COUNT_FORMAT));
    tableText = style(workbook, font(workbook, 10, false, Palette.INK));
    border(tableText);
    tableText.setVerticalAlignment(VerticalAlignment.CENTER);
    tableText.setWrapText(true);
    tableSmall = style(workbook, font(workbook, 9, false, Palette.INK));
    border(tableSmall);
    tableSmall.setVerticalAlignment(VerticalAlignment.CENTER);
    tableWrap = workbook.createCellStyle();
    tableWrap.cloneStyleFrom(tableSmall);
    tableWrap.setWrapText(true);
    tableScore = style(workbook, font(workbook, 11, true, Palette.INK));
    tableScore.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
    tableScore.setAlignment(HorizontalAlignment.CENTER);
    tableScore.setVerticalAlignment(VerticalAlignment.CENTER);
    border(tableScore);
    tableSigned = style(workbook, font(workbook, 10, false, Palette.INK));
    tableSigned.setDataFormat(workbook.createDataFormat().getFormat(SIGNED_FORMAT));
    tableSigned.setAlignment(HorizontalAlignment.CENTER);
    tableSigned.setVerticalAlignment(VerticalAlignment.CENTER);
    border(tableSigned);
    tableCenter = style(workbook, font(workbook, 10, false, Palette.INK));
    tableCenter.setAlignment(HorizontalAlignment.CENTER);
    tableCenter.setVerticalAlignment(VerticalAlignment.CENTER);
    tableCenter.setWrapText(true);
    border(tableCenter);
    leadFont = font(workbook, 9, true, Palette.INK);
    row = style(workbook, font(workbook, 9, false, Palette.INK));
    row.setVerticalAlignment(VerticalAlignment.CENTER);
    rowWrap = style(workbook, font(workbook, 9, false, Palette.INK));
    rowWrap.setVerticalAlignment(VerticalAlignment.CENTER);
    rowWrap.setWrapText(true);
    rowCount = style(workbook, font(workbook, 9, false, Palette.INK));
    rowCount.setVerticalAlignment(VerticalAlignment.CENTER);
    rowCount.setDataFormat(workbook.createDataFormat().getFormat(COUNT_FORMAT));
    rowScore = style(workbook, font(workbook, 9, false, Palette.INK));
    rowScore.setVerticalAlignment(VerticalAlignment.CENTER);
    rowScore.setDataFormat(workbook.createDataFormat().getFormat(SCORE_FORMAT));
    rowFlag = style(workbook, font(workbook, 9, true, Palette.text(Palette.VERMILION)));
    rowFlag.setVerticalAlignment(VerticalAlignment.CENTER);
    rowFlag.setWrapText(true);
  }

  private static XSSFFont font(XSSFWorkbook workbook, int points, boolean isBold, Color color) {
    XSSFFont font = workbook.createFont();
    font.setFontName(Palette.SHEET_FONT);
    font.setFontHeightInPoints((short) points);
    font.setBold(isBold);
    font.setColor(new XSSFColor(Palette.rgb(color)));
    return font;
  }

  private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private static void fill(XSSFCellStyle style, Color color) {
    style.setFillForegroundColor(new XSSFColor(Palette.rgb(color)));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }

  private static void border(XSSFCellStyle style) {
    Color line = Palette.GRID;
    for (BorderSide side :
        new BorderSide[] {BorderSide.TOP, BorderSide.BOTTOM, BorderSide.LEFT, BorderSide.RIGHT}) {
      style.setBorderColor(side, new XSSFColor(Palette.rgb(line)));
    }
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
  }
}
