package dev.tandem.report;

import dev.tandem.couples.Partner;
import dev.tandem.report.CoupleReport.Point;
import dev.tandem.report.CoupleReport.ScaleRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The two pictures of a couple's session page, drawn with JFreeChart: both partners' scale scores as
 * paired dots per scale, and the closeness-desire picture (merging across, separateness up, desire as
 * the size of each partner's marker).
 */
final class CoupleCharts {

  static final Color PARTNER_A = new Color(0x1F, 0x5F, 0x99);
  static final Color PARTNER_B = new Color(0xD0, 0x6A, 0x1C);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

  private CoupleCharts() {}

  /** Both partners' scores on every non-composite scale, one row per scale, dots for A and B. */
  static JFreeChart pairedScores(CoupleReport report) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ScaleRow row : report.scales()) {
      if (row.composite()) {
        continue;
      }
      if (row.a().isPresent()) {
        data.addValue(row.a().getAsDouble(), "Partner A", row.scale());
      }
      if (row.b().isPresent()) {
        data.addValue(row.b().getAsDouble(), "Partner B", row.scale());
      }
    }
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true);
    renderer.setSeriesPaint(0, PARTNER_A);
    renderer.setSeriesPaint(1, PARTNER_B);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    renderer.setSeriesShape(1, new java.awt.Rectangle(-5, -5, 10, 10));
    NumberAxis scores = new NumberAxis("Score");
    scores.setRange(0.8, 5.2);
    scores.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    CategoryAxis scales = new CategoryAxis();
    scales.setTickLabelFont(LABEL);
    scales.setMaximumCategoryLabelWidthRatio(0.6f);
    CategoryPlot plot = new CategoryPlot(data, scales, scores, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
    plot.setDomainGridlinesVisible(true);
    plot.setDomainGridlinePaint(new Color(0xEE, 0xEE, 0xEE));
    JFreeChart chart = new JFreeChart(null, TITLE, plot, true);
    chart.setTitle(new TextTitle("Both partners' scores", TITLE));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /**
   * Merging (x) against separateness (y) on the 1-5 range, each partner a circle whose size grows
   * with desire and whose label gives the desire score. The diagonal marks balance 0, the dashed lines
   * balance -1 and +1, the edges of the "balanced" band.
   */
  static JFreeChart closeness(CoupleReport report) {
    XYSeriesCollection data = new XYSeriesCollection();
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    for (Point point : report.closeness()) {
      XYSeries series = new XYSeries(point.label());
      series.add(point.merging(), point.separateness());
      int index = data.getSeriesCount();
      data.addSeries(series);
      Color colour = point.partner() == Partner.A ? PARTNER_A : PARTNER_B;
      double diameter = 10 + 6 * (point.desire() - 1);
      renderer.setSeriesShape(index, new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter));
      renderer.setSeriesPaint(index, translucent(colour));
      renderer.setSeriesOutlinePaint(index, colour);
    }
    renderer.setUseOutlinePaint(true);
    renderer.setDrawOutlines(true);
    XYPlot plot = new XYPlot(data, axis("Togetherness and merging"), axis("A life of one's own"), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    BasicStroke solid = new BasicStroke(1f);
    BasicStroke dashed = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f);
    Color line = new Color(0x99, 0x99, 0x99);
    plot.addAnnotation(new XYLineAnnotation(1, 1, 5, 5, solid, line));
    plot.addAnnotation(new XYLineAnnotation(1, 2, 4, 5, dashed, line));
    plot.addAnnotation(new XYLineAnnotation(2, 1, 5, 4, dashed, line));
    plot.addAnnotation(text("leaning to a life of one's own", 1.15, 4.85, TextAnchor.TOP_LEFT, line));
    plot.addAnnotation(text("leaning to merging", 4.85, 1.15, TextAnchor.BOTTOM_RIGHT, line));
    List<Point> points = report.closeness();
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      Color colour = point.partner() == Partner.A ? PARTNER_A : PARTNER_B;
      boolean crowded = i == 1 && Math.hypot(point.merging() - points.get(0).merging(),
          point.separateness() - points.get(0).separateness()) < 0.5;
      double offset = 0.12 + 0.03 * (point.desire() - 1);
      boolean leftOfPoint = point.merging() > 3.2;
      XYTextAnnotation label = text(String.format(Locale.ROOT, "%s: desire %.1f", point.label(), point.desire()),
          point.merging() + (leftOfPoint ? -offset : offset), point.separateness() - (crowded ? 0.3 : 0),
          leftOfPoint ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT, colour);
      label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 11));
      plot.addAnnotation(label);
    }
    JFreeChart chart = new JFreeChart(null, TITLE, plot, false);
    chart.setTitle(new TextTitle("Closeness and desire (larger circle = more desire)", TITLE));
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  static byte[] png(JFreeChart chart, int width, int height) {
    BufferedImage image = image(chart, width, height);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drawn at twice the size so the picture stays sharp when printed. */
  static BufferedImage image(JFreeChart chart, int width, int height) {
    return chart.createBufferedImage(width * 2, height * 2, width, height, null);
  }

  private static NumberAxis axis(String label) {
    NumberAxis axis = new NumberAxis(label);
    axis.setRange(0.8, 5.2);
    axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1));
    axis.setLabelFont(LABEL);
    return axis;
  }

  private static XYTextAnnotation text(String words, double x, double y, TextAnchor anchor, Color colour) {
    XYTextAnnotation annotation = new XYTextAnnotation(words, x, y);
    annotation.setTextAnchor(anchor);
    annotation.setFont(LABEL);
    annotation.setPaint(colour);
    return annotation;
  }

  private static Color translucent(Color colour) {
    return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 90);
  }
}
