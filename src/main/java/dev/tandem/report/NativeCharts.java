package dev.tandem.report;

import java.awt.Color;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts (DrawingML through POI's XDDF) that read their data from cells, so a coach
 * can restyle them or point them at other data. Used where a coach may want to edit a chart;
 * rendered images are used elsewhere.
 */
final class NativeCharts {

  private NativeCharts() {}

  /**
   * A column chart of counts: categories from {@code labels}, heights from {@code counts} (both a
   * single column of cells), anchored over the cell block (col1, row1) to (col2, row2).
   */
  static XSSFChart histogram(
      XSSFSheet sheet,
      String title,
      CellRangeAddress labels,
      CellRangeAddress counts,
      int col1,
      int row1,
      int col2,
      int row2) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
    bottom.setTitle("Score");
    XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
    left.setTitle("Clients");
    left.setCrosses(AxisCrosses.AUTO_ZERO);
    left.setCrossBetween(AxisCrossBetween.BETWEEN);
    left.setMinimum(0);
    XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet, labels);
    XDDFNumericalDataSource<Double> values =
        XDDFDataSourcesFactory.fromNumericCellRange(sheet, counts);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
    data.setBarDirection(BarDirection.COL);
    data.setGapWidth(8);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(categories, values);
    series.setTitle("Clients", null);
    series.setShapeProperties(fill(Palette.BLUE));
    chart.plot(data);
    return chart;
  }

  private static XDDFShapeProperties fill(Color color) {
    XDDFShapeProperties properties = new XDDFShapeProperties();
    properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.rgb(color))));
    return properties;
  }
}
