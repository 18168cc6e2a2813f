package dev.tandem.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
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

  /**
   * Each thread's pixels, kept from one chart to the next. A chart at 200 dpi is up to five
   * megabytes of pixels; allocating them for each of a practice's thousand charts made the
   * collector grow the heap to well over a gigabyte.
   */
  private static final ThreadLocal<int[]> PIXELS = ThreadLocal.withInitial(() -> new int[0]);

  private static final int[] RGB_MASKS = {0xff0000, 0xff00, 0xff};

  private static final DirectColorModel RGB =
      new DirectColorModel(24, RGB_MASKS[0], RGB_MASKS[1], RGB_MASKS[2], 0);

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
        canvas((int) Math.round(widthPoints * scale), (int) Math.round(heightPoints * scale));
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

  /**
   * An RGB image of the given size over this thread's pixels ({@link BufferedImage#TYPE_INT_RGB},
   * rows {@code width} pixels apart from the array's start); its content is what the last chart
   * left, so the caller paints every pixel.
   */
  static BufferedImage canvas(int width, int height) {
    int size = Math.multiplyExact(width, height);
    int[] pixels = PIXELS.get();
    if (pixels.length < size) {
      pixels = new int[size];
      PIXELS.set(pixels);
    }
    WritableRaster raster =
        Raster.createPackedRaster(
            new DataBufferInt(pixels, size), width, height, width, RGB_MASKS, null);
    return new BufferedImage(RGB, raster, false, null);
  }
}
