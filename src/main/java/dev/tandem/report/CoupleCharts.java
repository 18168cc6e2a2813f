package dev.tandem.report;

import dev.tandem.couples.Partner;
import dev.tandem.report.CoupleReport.Point;
import dev.tandem.report.CoupleReport.ScaleRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The two pictures of a couple's session page, in the palette's first two colours for the partners:
 * both partners' scores as paired marks (A's dot drawn over B's larger square, so both show when
 * the scores are equal), and the closeness-desire picture, merging across and separateness up, each
 * partner a circle whose size grows with desire.
 */
final class CoupleCharts {

  static final Color PARTNER_A = Palette.series(0);
  static final Color PARTNER_B = Palette.series(1);

  /** The partners' colours for text, which must stay readable on white. */
  static final Color PARTNER_A_TEXT = Palette.text(PARTNER_A);

  static final Color PARTNER_B_TEXT = Palette.text(PARTNER_B);
  private static final float[] DASH = {3f, 3f};

  private CoupleCharts() {}

  /**
   * Both partners' scores on every scale that is not a composite, one row per scale with a dot for
   * each partner: more compact than {@link ProfileChart}'s bars, so it fits beside the closeness
   * picture on the one-page session sheet.
   */
  static ChartImage paired(CoupleReport report, float widthPoints, float heightPoints) {
    return ChartImage.of(pairedChart(report, widthPoints, heightPoints));
  }

  /** {@link #paired} to be drawn as vectors. */
  static Chart pairedChart(CoupleReport report, float widthPoints, float heightPoints) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ScaleRow row : report.scales()) {
      if (row.composite()) {
        continue;
      }
      row.a().ifPresent(v -> data.addValue(v, CoupleReport.PARTNERS.get(0), row.scale()));
      row.b().ifPresent(v -> data.addValue(v, CoupleReport.PARTNERS.get(1), row.scale()));
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, PARTNER_A);
    renderer.setSeriesPaint(1, PARTNER_B);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
    renderer.setSeriesShape(1, new Rectangle2D.Double(-4, -4, 8, 8));
    CategoryAxis scales = new CategoryAxis();
    scales.setMaximumCategoryLabelWidthRatio(0.6f);
    NumberAxis scores = axis("Score");
    CategoryPlot plot = new CategoryPlot(data, scales, scores, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRowRenderingOrder(SortOrder.DESCENDING);
    plot.setFixedLegendItems(inSeriesOrder(renderer.getLegendItems()));
    ChartStyle.apply(plot);
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xE4, 0xE4, 0xE4));
    return Chart.of(
        ChartStyle.apply(
            new JFreeChart(null, ChartStyle.TITLE, plot, true), "Both partners' scores"),
        widthPoints,
        heightPoints);
  }

  /** The legend in the partners' order, A first, whatever order the marks are drawn in. */
  private static LegendItemCollection inSeriesOrder(LegendItemCollection items) {
    List<LegendItem> ordered = new java.util.ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      ordered.add(items.get(i));
    }
    ordered.sort(java.util.Comparator.comparingInt(LegendItem::getSeriesIndex));
    LegendItemCollection collection = new LegendItemCollection();
    ordered.forEach(collection::add);
    return collection;
  }

  static ChartImage closeness(CoupleReport report, float widthPoints, float heightPoints) {
    return ChartImage.of(closenessMap(report, widthPoints, heightPoints));
  }

  /** {@link #closeness} to be drawn as vectors. */
  static Chart closenessMap(CoupleReport report, float widthPoints, float heightPoints) {
    return Chart.of(closenessChart(report), widthPoints, heightPoints);
  }

  /**
   * Merging (x) against separateness (y) on the 1-5 range. The diagonal marks balance 0, the dashed
   * lines balance -1 and +1, the edges of the "balanced" band; marker size and label give desire.
   */
  static JFreeChart closenessChart(CoupleReport report) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    List<Point> points = report.closeness();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      XYSeries series = new XYSeries(point.label());
      series.add(point.merging(), point.separateness());
      data.addSeries(series);
      Color colour = colour(point.partner());
      double diameter = diameter(point.desire());
      renderer.setSeriesShape(
          i, new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter));
      renderer.setSeriesPaint(
          i, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
      renderer.setSeriesOutlinePaint(i, colour);
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    XYPlot plot =
        new XYPlot(data, axis("Togetherness and merging"), axis("A life of one's own"), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Palette.GRID);
    plot.setDomainGridlinePaint(Palette.GRID);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setInsets(new RectangleInsets(2, 2, 2, 2));
    BasicStroke solid = new BasicStroke(0.6f);
    BasicStroke dashed =
        new BasicStroke(0.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f);
    Color line = Palette.GUIDE;
    plot.addAnnotation(new XYLineAnnotation(1, 1, 5, 5, solid, line));
    plot.addAnnotation(new XYLineAnnotation(1, 2, 4, 5, dashed, line));
    plot.addAnnotation(new XYLineAnnotation(2, 1, 5, 4, dashed, line));
    plot.addAnnotation(
        text("leaning to a life of one's own", 1.1, 4.9, TextAnchor.TOP_LEFT, Palette.NOTE));
    plot.addAnnotation(text("leaning to merging", 4.9, 1.1, TextAnchor.BOTTOM_RIGHT, Palette.NOTE));
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      boolean crowded =
          i == 1
              && Math.hypot(
                      point.merging() - points.get(0).merging(),
                      point.separateness() - points.get(0).separateness())
                  < 0.5;
      double offset = 0.12 + 0.03 * (point.desire() - 1);
      boolean leftOfPoint = point.merging() > 3.2;
      XYTextAnnotation label =
          text(
              String.format(Locale.ROOT, "%s: desire %.1f", point.label(), point.desire()),
              point.merging() + (leftOfPoint ? -offset : offset),
              point.separateness() - (crowded ? 0.3 : 0),
              leftOfPoint ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT,
              Palette.text(colour(point.partner())));
      label.setFont(ChartStyle.ITEM_LABEL);
      plot.addAnnotation(label);
    }
    return ChartStyle.apply(
        new JFreeChart(null, ChartStyle.TITLE, plot, false),
        "Closeness and desire (circle size = desire)");
  }

  /**
   * The circle's diameter for a desire score on the 1-5 range: from 4 to 28 points, so that a
   * difference of 0.3 (2.0 against 2.3) is nearly 2 points wide and can be seen.
   */
  static double diameter(double desire) {
    return 4 + 6 * (desire - 1);
  }

  static Color colour(Partner partner) {
    return partner == Partner.A ? PARTNER_A : PARTNER_B;
  }

  private static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0.8, 5.2);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setLabelFont(ChartStyle.AXIS_LABEL);
    axis.setTickLabelFont(ChartStyle.TICK);
    axis.setLabelPaint(Palette.INK);
    axis.setTickLabelPaint(Palette.INK);
    return axis;
  }

  private static XYTextAnnotation text(
      String words, double x, double y, TextAnchor anchor, Color colour) {
    XYTextAnnotation annotation = new XYTextAnnotation(words, x, y);
    annotation.setTextAnchor(anchor);
    annotation.setFont(ChartStyle.ZONE_LABEL.deriveFont(7f));
    annotation.setPaint(colour);
    return annotation;
  }
}
