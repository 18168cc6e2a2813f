package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.ScaleScore;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A questionnaire's profile: one horizontal bar per scale (per person, for a couple), drawn over
 * grey zones that mark the scale's bands; the table beside it gives the numbers. Scales with a
 * different score range (a composite such as a balance score) get their own panel below, since one
 * axis cannot serve both.
 */
final class ProfileChart {

  /**
   * Share of the axis between bars; what is left is split among the bars. Bars take the middle of
   * their row, so the band names along the top of each zone stay clear of them.
   */
  private static final double CATEGORY_GAP = 0.76;

  private ProfileChart() {}

  /** The profile of one person's scale scores, as an image of the given printed size. */
  static ChartImage image(List<ScaleScore> scores, float widthPoints, float heightPoints) {
    return ChartImage.of(chart(scores, widthPoints, heightPoints));
  }

  /** The profile of one person's scale scores at the given printed size. */
  static Chart chart(List<ScaleScore> scores, float widthPoints, float heightPoints) {
    return chart(List.of("Score"), List.of(scores), widthPoints, heightPoints);
  }

  /** {@link #chart(List, List, float, float)} as an image. */
  static ChartImage image(
      List<String> people, List<List<ScaleScore>> scores, float widthPoints, float heightPoints) {
    return ChartImage.of(chart(people, scores, widthPoints, heightPoints));
  }

  /**
   * Profiles of several people side by side (a couple, say): one bar per person and scale, in the
   * palette's order, with a legend naming them. Every list holds the same scales in the same order.
   */
  static Chart chart(
      List<String> people, List<List<ScaleScore>> scores, float widthPoints, float heightPoints) {
    if (people.isEmpty() || people.size() != scores.size()) {
      throw new IllegalArgumentException("need one name per list of scores and at least one list");
    }
    List<ScaleScore> reference = scores.get(0);
    Map<String, List<Integer>> panels = new LinkedHashMap<>();
    for (int i = 0; i < reference.size(); i++) {
      panels.computeIfAbsent(rangeKey(reference.get(i)), k -> new ArrayList<>()).add(i);
    }
    List<JFreeChart> charts = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int panel = 0;
    for (List<Integer> indexes : panels.values()) {
      boolean legend = people.size() > 1 && panel == panels.size() - 1;
      charts.add(panel(people, scores, indexes, legend));
      weights.add(indexes.size() * people.size() + 0.9 * people.size() + (legend ? 1.2 : 0));
      panel++;
    }
    return Chart.stacked(charts, weights, widthPoints, heightPoints);
  }

  private static String rangeKey(ScaleScore score) {
    return score.scale().lowest() + ".." + score.scale().highest();
  }

  /** How tall a profile should be printed so bars are neither squeezed nor bloated. */
  static float suggestedHeight(List<ScaleScore> scores) {
    return suggestedHeight(scores, 1);
  }

  static float suggestedHeight(List<ScaleScore> scores, int people) {
    long panels = scores.stream().map(ProfileChart::rangeKey).distinct().count();
    float perScale = people == 1 ? 21f : 14f * people;
    return perScale * scores.size() + 20f * panels + (people > 1 ? 16f : 0f);
  }

  private static JFreeChart panel(
      List<String> people, List<List<ScaleScore>> scores, List<Integer> indexes, boolean legend) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<ScaleScore> shown = new ArrayList<>();
    for (int index : indexes) {
      shown.add(scores.get(0).get(index));
      for (int p = 0; p < people.size(); p++) {
        ScaleScore score = scores.get(p).get(index);
        dataset.addValue(
            score.isScored() ? score.value().getAsDouble() : null,
            people.get(p),
            score.scale().name());
      }
    }
    Scale first = shown.get(0).scale();
    CategoryAxis categoryAxis = new CategoryAxis();
    categoryAxis.setMaximumCategoryLabelWidthRatio(0.34f);
    categoryAxis.setMaximumCategoryLabelLines(3);
    categoryAxis.setCategoryMargin(people.size() == 1 ? CATEGORY_GAP : CATEGORY_GAP / 2);
    categoryAxis.setLowerMargin(0.08);
    categoryAxis.setUpperMargin(0.02);
    NumberAxis valueAxis = new NumberAxis();
    valueAxis.setRange(first.lowest(), first.highest());
    valueAxis.setTickUnit(new NumberTickUnit(tickUnit(first.highest() - first.lowest())));
    BandRenderer renderer = new BandRenderer(shown, people.size() == 1);
    if (first.lowest() < 0 && first.highest() > 0) {
      renderer.setBase(0);
    }
    for (int p = 0; p < people.size(); p++) {
      renderer.setSeriesPaint(p, Palette.series(p));
    }
    CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    ChartStyle.apply(plot);
    plot.setRangeGridlinesVisible(false);
    valueAxis.setLowerMargin(0);
    valueAxis.setUpperMargin(0);
    JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, legend);
    return ChartStyle.apply(chart, "");
  }

  private static double tickUnit(double span) {
    return span <= 6 ? 0.5 : span <= 12 ? 1 : Math.ceil(span / 10);
  }

  /**
   * The band's name if it fits the width, else its last words that do ("Leaning to merging" becomes
   * "merging"), so that both ends of a bipolar scale stay named; empty when not even the last word
   * fits.
   */
  static String fitting(String label, Graphics2D g2, double width) {
    String[] words = label.split(" ");
    for (int first = 0; first < words.length; first++) {
      String tail = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
      if (g2.getFontMetrics().stringWidth(tail) < width) {
        return tail;
      }
    }
    return "";
  }

  /**
   * Draws each category's band zones before the bars, with the band's name along the zone's top
   * edge, and marks a scale that could not be scored. A scale whose range spans 0 (a balance) has
   * its bars start at 0.
   */
  private static final class BandRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;

    private final transient List<ScaleScore> scores;
    private final boolean markMissing;

    /**
     * {@code scores} give each category's scale (and, for one person, the score); with {@code
     * markMissing} a scale without a score says so where its bar would be.
     */
    BandRenderer(List<ScaleScore> scores, boolean markMissing) {
      this.scores = List.copyOf(scores);
      this.markMissing = markMissing;
      setBarPainter(new StandardBarPainter());
      setShadowVisible(false);
      setDrawBarOutline(false);
      setItemMargin(0);
    }

    @Override
    public void drawBackground(Graphics2D g2, CategoryPlot plot, Rectangle2D dataArea) {
      super.drawBackground(g2, plot, dataArea);
      CategoryAxis domain = plot.getDomainAxis();
      NumberAxis range = (NumberAxis) plot.getRangeAxis();
      int count = scores.size();
      for (int column = 0; column < count; column++) {
        double middle = domain.getCategoryMiddle(column, count, dataArea, RectangleEdge.LEFT);
        double slot =
            dataArea.getHeight() * (1 - domain.getLowerMargin() - domain.getUpperMargin()) / count;
        double top = middle - slot / 2;
        double bottom = middle + slot / 2;
        double inset = slot * 0.04;
        ScaleScore score = scores.get(column);
        List<Band> bands = score.scale().bands();
        for (int b = 0; b < bands.size(); b++) {
          Band band = bands.get(b);
          double x0 = range.valueToJava2D(band.from(), dataArea, RectangleEdge.BOTTOM);
          double x1 = range.valueToJava2D(band.to(), dataArea, RectangleEdge.BOTTOM);
          Rectangle2D zone =
              new Rectangle2D.Double(x0, top + inset, x1 - x0, bottom - top - 2 * inset);
          g2.setPaint(Palette.bandZone(b));
          g2.fill(zone);
          g2.setPaint(Color.WHITE);
          g2.draw(zone);
          g2.setFont(ChartStyle.ZONE_LABEL);
          g2.setPaint(Palette.NOTE);
          String label = fitting(band.label(), g2, x1 - x0 - 3);
          if (!label.isEmpty()) {
            TextUtils.drawAlignedString(
                label, g2, (float) (x1 - 2), (float) (top + inset + 0.5), TextAnchor.TOP_RIGHT);
          }
        }
        if (markMissing && !score.isScored()) {
          g2.setFont(ChartStyle.ITEM_LABEL);
          g2.setPaint(Palette.INK);
          double x = range.valueToJava2D(score.scale().lowest(), dataArea, RectangleEdge.BOTTOM);
          TextUtils.drawAlignedString(
              "not scored",
              g2,
              (float) x + 4,
              (float) ((top + bottom) / 2),
              TextAnchor.CENTER_LEFT);
        }
      }
    }
  }
}
