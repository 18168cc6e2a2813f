package dev.tandem.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * One or more JFreeCharts drawn into a PNG meant for print: the layout is done at the printed size
 * in points, so fonts come out at their stated size, and the pixels are laid down at {@link #DPI}.
 * The pixels are kept as PNG scanlines ({@link PngEncoder#scanlines}): a workbook gets them wrapped
 * as a PNG file, a PDF embeds them as they are.
 */
record ChartImage(
    byte[] scanlines, int pixelWidth, int pixelHeight, float widthPoints, float heightPoints) {

  /**
   * Print resolution of every chart image: the reports promise at least 200 dpi at printed size.
   */
  static final int DPI = 200;

  ChartImage {
    Objects.requireNonNull(scanlines, "scanlines must not be null");
  }

  /** The image as a PNG file, for a workbook. */
  byte[] png() {
    return PngEncoder.png(scanlines, pixelWidth, pixelHeight);
  }

  /** A single chart filling the whole image. */
  static ChartImage of(JFreeChart chart, float widthPoints, float heightPoints) {
    return stacked(List.of(chart), List.of(1.0), widthPoints, heightPoints);
  }

  /** Charts one above the other, each taking a share of the height proportional to its weight. */
  static ChartImage stacked(
      List<JFreeChart> charts, List<Double> weights, float widthPoints, float heightPoints) {
    if (charts.isEmpty() || charts.size() != weights.size()) {
      throw new IllegalArgumentException("need one weight per chart and at least one chart");
    }
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    return draw(
        widthPoints,
        heightPoints,
        g2 -> {
          double y = 0;
          for (int i = 0; i < charts.size(); i++) {
            double h = heightPoints * weights.get(i) / total;
            charts.get(i).draw(g2, new Rectangle2D.Double(0, y, widthPoints, h));
            y += h;
          }
        });
  }

  /**
   * A picture drawn directly with Java2D at the printed size in points, for small figures that are
   * not charts.
   */
  static ChartImage painted(
      float widthPoints, float heightPoints, java.util.function.Consumer<Graphics2D> paint) {
    return draw(widthPoints, heightPoints, paint::accept);
  }

  private interface Painter {
    void paint(Graphics2D g2);
  }

  private static ChartImage draw(float widthPoints, float heightPoints, Painter painter) {
    double scale = DPI / 72.0;
    BufferedImage image =
        new BufferedImage(
            (int) Math.round(widthPoints * scale),
            (int) Math.round(heightPoints * scale),
            BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g2.setColor(Color.WHITE);
      g2.fillRect(0, 0, image.getWidth(), image.getHeight());
      g2.scale(scale, scale);
      painter.paint(g2);
    } finally {
      g2.dispose();
    }
    return new ChartImage(
        PngEncoder.scanlines(image),
        image.getWidth(),
        image.getHeight(),
        widthPoints,
        heightPoints);
  }
}
