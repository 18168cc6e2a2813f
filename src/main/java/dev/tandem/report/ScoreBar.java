package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The handout's simple picture of one score: the scale's range as a strip cut into its bands, each
 * named, the band the score falls in shaded darker, and a marker with the score above it. Greys and
 * a black marker above the strip (clear of the band names), so it reads the same printed in black
 * and white.
 */
final class ScoreBar {

  static final float HEIGHT = 26f;
  private static final float STRIP_TOP = 12f;
  private static final Font LABEL = Palette.font(Font.PLAIN, 6.5f);
  private static final Font CURRENT = Palette.font(Font.BOLD, 6.5f);
  private static final Font VALUE = Palette.font(Font.BOLD, 7.5f);
  static final Color LIGHT = new Color(0xEE, 0xEE, 0xEE);
  static final Color SHADED = new Color(0xC8, 0xC8, 0xC8);

  private ScoreBar() {}

  /** Everything a bar shows: clients with the same score on the same scale share one image. */
  private record Shown(
      OptionalDouble score,
      double lowest,
      double highest,
      List<Band> bands,
      Optional<Band> band,
      float widthPoints) {}

  /** The bar as an image, for a workbook: drawn once per distinct bar (see {@link ChartCache}). */
  static ChartImage image(ClientHandout.ScaleBlock block, float widthPoints) {
    Shown shown = shown(block, widthPoints);
    return ChartCache.SHARED.image(shown, () -> ChartImage.of(chart(shown)));
  }

  /** The bar to be drawn as vectors: cheap enough to draw each time. */
  static Chart chart(ClientHandout.ScaleBlock block, float widthPoints) {
    return chart(shown(block, widthPoints));
  }

  private static Shown shown(ClientHandout.ScaleBlock block, float widthPoints) {
    return new Shown(
        block.score(), block.lowest(), block.highest(), block.bands(), block.band(), widthPoints);
  }

  private static Chart chart(Shown shown) {
    return new Chart(shown.widthPoints(), HEIGHT, g2 -> paint(g2, shown));
  }

  private static void paint(Graphics2D g2, Shown block) {
    float width = block.widthPoints();
    float left = 1f;
    float right = width - 1f;
    double span = block.highest() - block.lowest();
    List<Band> bands = block.bands();
    Optional<Band> current = block.band();
    for (Band band : bands) {
      double x1 = left + (band.from() - block.lowest()) / span * (right - left);
      double x2 = left + (band.to() - block.lowest()) / span * (right - left);
      boolean isCurrent = current.isPresent() && current.get().equals(band);
      g2.setColor(isCurrent ? SHADED : LIGHT);
      Rectangle2D segment = new Rectangle2D.Double(x1, STRIP_TOP, x2 - x1, HEIGHT - STRIP_TOP - 1);
      g2.fill(segment);
      g2.setColor(Palette.GRID);
      g2.setStroke(new BasicStroke(0.5f));
      g2.draw(segment);
      g2.setFont(isCurrent ? CURRENT : LABEL);
      g2.setColor(Palette.INK);
      FontMetrics metrics = g2.getFontMetrics();
      String label = band.label();
      if (metrics.stringWidth(label) < x2 - x1 - 2) {
        g2.drawString(label, (float) ((x1 + x2 - metrics.stringWidth(label)) / 2), HEIGHT - 4.5f);
      }
    }
    if (block.score().isPresent()) {
      double x = left + (block.score().getAsDouble() - block.lowest()) / span * (right - left);
      g2.setColor(Color.BLACK);
      g2.setStroke(new BasicStroke(1.2f));
      g2.draw(new java.awt.geom.Line2D.Double(x, STRIP_TOP, x, STRIP_TOP + 4));
      Path2D marker = new Path2D.Double();
      marker.moveTo(x - 3.5, STRIP_TOP - 4);
      marker.lineTo(x + 3.5, STRIP_TOP - 4);
      marker.lineTo(x, STRIP_TOP);
      marker.closePath();
      g2.fill(marker);
      g2.setFont(VALUE);
      String value = Formats.score(block.score().getAsDouble());
      int w = g2.getFontMetrics().stringWidth(value);
      float tx = (float) Math.max(left, Math.min(right - w, x - w / 2.0));
      g2.drawString(value, tx, STRIP_TOP - 5f);
    }
  }
}
