package dev.tandem.report;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Puts rendered chart images on a sheet, stretched over a block of cells. */
final class Pictures {

  private static final float DIGIT_POINTS = 5.56f;
  private static final float PADDING_POINTS = 3.75f;

  private Pictures() {}

  /** The printed size in points of the cells from (col1, row1) up to but excluding (col2, row2). */
  static float widthPoints(XSSFSheet sheet, int col1, int col2) {
    float points = 0;
    for (int c = col1; c < col2; c++) {
      points += columnPoints(sheet, c);
    }
    return points;
  }

  /**
   * A column's printed width. The unit of a column width is the width of a digit in the default
   * font (Arial 10 pt: 5.56 pt, as LibreOffice measures it); Excel rounds that to whole pixels and
   * adds a few pixels of padding per column, so the padding is added too.
   */
  static float columnPoints(XSSFSheet sheet, int col) {
    return sheet.getColumnWidth(col) / 256f * DIGIT_POINTS + PADDING_POINTS;
  }

  static float heightPoints(XSSFSheet sheet, int row1, int row2) {
    float points = 0;
    for (int r = row1; r < row2; r++) {
      points +=
          sheet.getRow(r) == null
              ? sheet.getDefaultRowHeightInPoints()
              : sheet.getRow(r).getHeightInPoints();
    }
    return points;
  }

  /** Anchors the image to the top-left corner of (col1, row1) and the top-left of (col2, row2). */
  static XSSFPicture insert(
      XSSFSheet sheet, ChartImage image, int col1, int row1, int col2, int row2) {
    int index = sheet.getWorkbook().addPicture(image.png(), Workbook.PICTURE_TYPE_PNG);
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
    return drawing.createPicture(anchor, index);
  }
}
