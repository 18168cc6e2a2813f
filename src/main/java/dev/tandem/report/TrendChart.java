package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.QuestionnaireScores;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small multiples of a client's scores over time: one little chart per scale, its bands shaded and
 * named at the right-hand edge, each score printed above its point. Every chart has the same
 * height, whatever its title's length: the title gets two lines of its own above a plot of fixed
 * height, so the plots line up across a row and down the page.
 */
final class TrendChart {

  private TrendChart() {}

  /** Printed height of one row of small charts. */
  static final float ROW_HEIGHT = 96f;

  private static final Font TITLE = ChartStyle.SMALL_TITLE;
  private static final Font DATE = ChartStyle.SMALL_TICK;
  private static final Font VALUE = Palette.font(Font.BOLD, 6.5f);
  private static final Font ZONE = ChartStyle.ZONE_LABEL;

  /** Height of the title's two lines above the plot. */
  private static final float TITLE_HEIGHT = 19f;

  /** Room above the plot's top for the value of a score at the very top of the range. */
  private static final float VALUE_ROOM = 8f;

  /** Height of the two lines of dates under the plot. */
  private static final float DATE_HEIGHT = 19f;

  private static final Pattern DAY_AND_MONTH = Pattern.compile("(\\d{1,2} \\p{L}+) (.+)");

  /** Gap between one chart and the next in a row. */
  private static final float GUTTER = 6f;

  /** The largest share of a chart's width given to the band names at its right-hand edge. */
  private static final float ZONE_LABEL_SHARE = 0.4f;

  /** {@link #chart} as an image. */
  static ChartImage image(List<ClientReport.Progress> progress, float widthPoints) {
    return ChartImage.of(chart(progress, widthPoints));
  }

  /** One row of small charts per questionnaire, one chart per scale. */
  static Chart chart(List<ClientReport.Progress> progress, float widthPoints) {
    int columns =
        progress.stream().mapToInt(p -> p.questionnaire().scales().size()).max().orElse(1);
    float cell = widthPoints / columns;
    return new Chart(
        widthPoints,
        height(progress),
        g2 -> {
          for (int r = 0; r < progress.size(); r++) {
            ClientReport.Progress questionnaire = progress.get(r);
            List<Scale> scales = questionnaire.questionnaire().scales();
            for (int c = 0; c < scales.size(); c++) {
              Rectangle2D area =
                  new Rectangle2D.Double(c * cell, r * ROW_HEIGHT, cell - GUTTER, ROW_HEIGHT);
              paint(g2, area, scales.get(c), questionnaire);
            }
          }
        });
  }

  /** The occasions' dates in the reports' one long form; a repeated date gets a number. */
  static List<String> axisLabels(List<ClientReport.Occasion> occasions) {
    List<String> labels = new ArrayList<>();
    for (ClientReport.Occasion occasion : occasions) {
      String label = occasion.label();
      String unique = label;
      for (int n = 2; labels.contains(unique); n++) {
        unique = label + " (" + n + ")";
      }
      labels.add(unique);
    }
    return labels;
  }

  static float height(List<ClientReport.Progress> progress) {
    return ROW_HEIGHT * progress.size();
  }

  /**
   * The words of {@code text} wrapped between words to lines no wider than {@code width}, at most
   * {@code maxLines} of them; a last line that cannot hold the rest ends in an ellipsis.
   */
  static List<String> wrap(String text, FontMetrics metrics, double width, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    String[] words = text.split(" ");
    for (int w = 0; w < words.length; w++) {
      String longer = line.isEmpty() ? words[w] : line + " " + words[w];
      if (line.isEmpty() || metrics.stringWidth(longer) <= width) {
        line = longer;
        continue;
      }
      if (lines.size() == maxLines - 1) {
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, w, words.length));
        lines.add(ellipsis(line + " " + rest, metrics, width));
        return lines;
      }
      lines.add(line);
      line = words[w];
    }
    lines.add(lines.size() == maxLines - 1 ? ellipsis(line, metrics, width) : line);
    return lines;
  }

  private static String ellipsis(String text, FontMetrics metrics, double width) {
    if (metrics.stringWidth(text) <= width) {
      return text;
    }
    String shorter = text;
    while (!shorter.isEmpty() && metrics.stringWidth(shorter.strip() + "\u2026") > width) {
      shorter = shorter.substring(0, shorter.length() - 1);
    }
    return shorter.strip() + "\u2026";
  }

  private static void paint(
      Graphics2D g2, Rectangle2D area, Scale scale, ClientReport.Progress progress) {
    g2.setFont(TITLE);
    g2.setColor(Palette.INK);
    FontMetrics titleMetrics = g2.getFontMetrics();
    List<String> title = wrap(scale.name(), titleMetrics, area.getWidth(), 2);
    float lineHeight = TITLE_HEIGHT / 2;
    for (int l = 0; l < title.size(); l++) {
      float baseline =
          (float) area.getY() + TITLE_HEIGHT - lineHeight * (title.size() - 1 - l) - 2.5f;
      float x =
          (float) (area.getX() + (area.getWidth() - titleMetrics.stringWidth(title.get(l))) / 2);
      g2.drawString(title.get(l), x, baseline);
    }
    double top = area.getY() + TITLE_HEIGHT + VALUE_ROOM;
    double bottom = area.getMaxY() - DATE_HEIGHT;
    double zoneLabelWidth = zoneLabelWidth(g2, scale, area.getWidth() * ZONE_LABEL_SHARE);
    double plotLeft = area.getX() + 1;
    double plotRight = area.getMaxX() - zoneLabelWidth;
    Plot plot = new Plot(scale, plotLeft, plotRight, top, bottom);
    zones(g2, plot, area.getMaxX());
    scores(g2, plot, progress, scale);
  }

  /** Room for the widest band name as printed (its last words when the whole is too wide). */
  private static double zoneLabelWidth(Graphics2D g2, Scale scale, double most) {
    g2.setFont(ZONE);
    double widest = 0;
    for (Band band : scale.bands()) {
      String label = ProfileChart.fitting(band.label(), g2, most - 3);
      widest = Math.max(widest, g2.getFontMetrics().stringWidth(label) + 3);
    }
    return widest;
  }

  /** The plot area's corners and the mapping from a score to a height within it. */
  private record Plot(Scale scale, double left, double right, double top, double bottom) {
    double y(double score) {
      return bottom
          - (score - scale.lowest()) / (scale.highest() - scale.lowest()) * (bottom - top);
    }
  }

  private static void zones(Graphics2D g2, Plot plot, double labelsRight) {
    List<Band> bands = plot.scale().bands();
    g2.setFont(ZONE);
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      double upper = plot.y(band.to());
      double lower = plot.y(band.from());
      Rectangle2D zone =
          new Rectangle2D.Double(plot.left(), upper, labelsRight - plot.left(), lower - upper);
      g2.setColor(Palette.bandZone(b));
      g2.fill(zone);
      g2.setColor(Color.WHITE);
      g2.setStroke(new BasicStroke(0.5f));
      g2.draw(new Line2D.Double(plot.left(), upper, labelsRight, upper));
      FontMetrics metrics = g2.getFontMetrics();
      String label = ProfileChart.fitting(band.label(), g2, labelsRight - plot.right() - 2);
      if (!label.isEmpty() && lower - upper >= metrics.getAscent()) {
        g2.setColor(Palette.INK);
        float baseline = (float) ((upper + lower + metrics.getAscent()) / 2 - 0.5);
        g2.drawString(label, (float) (labelsRight - 1 - metrics.stringWidth(label)), baseline);
      }
    }
  }

  private static void scores(
      Graphics2D g2, Plot plot, ClientReport.Progress progress, Scale scale) {
    List<String> dates = axisLabels(progress.occasions());
    int count = dates.size();
    double step = (plot.right() - plot.left()) / count;
    Path2D line = new Path2D.Double();
    boolean drawing = false;
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      double x = plot.left() + step * (i + 0.5);
      date(g2, dates.get(i), x, plot.bottom());
      Optional<Double> value = value(progress.scores().get(i), scale);
      if (value.isEmpty()) {
        drawing = false;
        continue;
      }
      double y = plot.y(value.get());
      if (drawing) {
        line.lineTo(x, y);
      } else {
        line.moveTo(x, y);
        drawing = true;
      }
      points.add(new double[] {x, y, value.get()});
    }
    g2.setColor(Palette.BLUE);
    g2.setStroke(new BasicStroke(1.4f));
    g2.draw(line);
    g2.setFont(VALUE);
    FontMetrics metrics = g2.getFontMetrics();
    for (double[] point : points) {
      g2.setColor(Palette.BLUE);
      g2.fill(new Ellipse2D.Double(point[0] - 2.5, point[1] - 2.5, 5, 5));
      String text = Formats.score(point[2]);
      g2.setColor(Palette.INK);
      g2.drawString(
          text, (float) (point[0] - metrics.stringWidth(text) / 2.0), (float) point[1] - 4);
    }
  }

  /** The occasion's date under its point: day and month on one line, the year below. */
  private static void date(Graphics2D g2, String date, double x, double plotBottom) {
    g2.setFont(DATE);
    g2.setColor(Palette.INK);
    FontMetrics metrics = g2.getFontMetrics();
    List<String> lines = dateLines(date);
    for (int l = 0; l < lines.size(); l++) {
      String text = lines.get(l);
      g2.drawString(
          text,
          (float) (x - metrics.stringWidth(text) / 2.0),
          (float) (plotBottom + metrics.getAscent() + 1.5 + l * DATE.getSize2D() * 1.2));
    }
  }

  /**
   * "12 January 2026" as "12 January" and "2026" (a repeated date keeps its number on the second
   * line); a label that is no date ("Assessment 3") as its first word and the rest.
   */
  static List<String> dateLines(String label) {
    Matcher date = DAY_AND_MONTH.matcher(label);
    if (date.matches()) {
      return List.of(date.group(1), date.group(2));
    }
    int space = label.indexOf(' ');
    return space < 0
        ? List.of(label)
        : List.of(label.substring(0, space), label.substring(space + 1));
  }

  private static Optional<Double> value(QuestionnaireScores scores, Scale scale) {
    return scores.scale(scale.id()).filter(s -> s.isScored()).map(s -> s.value().getAsDouble());
  }
}
