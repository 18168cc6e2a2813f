package dev.tandem.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A {@link Chart} rasterised for a workbook: the layout is done at the printed size in points, so
 * fonts come out at their stated size, and the pixels are laid down at {@link #DPI}. The pixels are
 * kept as PNG scanlines ({@link PngEncoder#scanlines}) and wrapped as a PNG file for the workbook.
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

  /** The chart rasterised at {@link #DPI}. */
  static ChartImage of(Chart chart) {
    float widthPoints = chart.widthPoints();
    float heightPoints = chart.heightPoints();
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
      chart.paint(g2);
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
