package dev.tandem.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;

/**
 * A chart or small figure at its printed size in points, kept as the Java2D drawing that makes it:
 * a workbook gets it rasterised ({@link #image()}), a PDF gets it drawn as vector paths into the
 * page ({@link PdfLayout#chart}), so no pixels are laid down or compressed for print.
 */
record Chart(float widthPoints, float heightPoints, Consumer<Graphics2D> painter) {

  Chart {
    Objects.requireNonNull(painter, "painter must not be null");
  }

  /** A single chart filling the whole picture. */
  static Chart of(JFreeChart chart, float widthPoints, float heightPoints) {
    return stacked(List.of(chart), List.of(1.0), widthPoints, heightPoints);
  }

  /** Charts one above the other, each taking a share of the height proportional to its weight. */
  static Chart stacked(
      List<JFreeChart> charts, List<Double> weights, float widthPoints, float heightPoints) {
    if (charts.isEmpty() || charts.size() != weights.size()) {
      throw new IllegalArgumentException("need one weight per chart and at least one chart");
    }
    double total = weights.stream().mapToDouble(Double::doubleValue).sum();
    return new Chart(
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

  /** Draws the picture with its top-left corner at the origin, in points. */
  void paint(Graphics2D g2) {
    painter.accept(g2);
  }
}
