package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.QuestionnaireScores;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Small multiples of a client's scores over time: one little chart per scale, its bands shaded
 * behind the line, so each scale keeps its own range and band boundaries.
 */
final class TrendChart {

  private TrendChart() {}

  /** Printed height of one row of small charts. */
  static final float ROW_HEIGHT = 62f;

  /** One row of small charts per questionnaire, one chart per scale. */
  static ChartImage image(List<ClientReport.Progress> progress, float widthPoints) {
    List<List<JFreeChart>> rows = new ArrayList<>();
    int columns = 1;
    for (ClientReport.Progress questionnaire : progress) {
      List<JFreeChart> row = new ArrayList<>();
      for (Scale scale : questionnaire.questionnaire().scales()) {
        row.add(chart(scale, questionnaire));
      }
      columns = Math.max(columns, row.size());
      rows.add(row);
    }
    return ChartImage.grid(rows, columns, widthPoints, height(progress));
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

  private static JFreeChart chart(Scale scale, ClientReport.Progress progress) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    List<String> axisLabels = axisLabels(progress.occasions());
    for (int i = 0; i < progress.occasions().size(); i++) {
      QuestionnaireScores scores = progress.scores().get(i);
      Double value =
          scores
              .scale(scale.id())
              .filter(s -> s.isScored())
              .map(s -> s.value().getAsDouble())
              .orElse(null);
      dataset.addValue(value, scale.name(), axisLabels.get(i));
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setLowerMargin(0.12);
    categories.setUpperMargin(0.12);
    categories.setCategoryMargin(0);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis();
    values.setRange(scale.lowest(), scale.highest());
    values.setTickUnit(new NumberTickUnit((scale.highest() - scale.lowest()) / 2));
    LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, Palette.BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(1.4f));
    renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
    CategoryPlot plot = new CategoryPlot(dataset, categories, values, renderer);
    ChartStyle.apply(plot);
    plot.setRangeGridlinesVisible(false);
    List<Band> bands = scale.bands();
    for (int b = 0; b < bands.size(); b++) {
      IntervalMarker zone = new IntervalMarker(bands.get(b).from(), bands.get(b).to());
      zone.setPaint(Palette.bandZone(b));
      zone.setOutlinePaint(null);
      plot.addRangeMarker(zone, Layer.BACKGROUND);
    }
    values.setTickLabelFont(ChartStyle.SMALL_TICK);
    categories.setTickLabelFont(ChartStyle.SMALL_TICK);
    JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
    ChartStyle.apply(chart, scale.name());
    chart.getTitle().setFont(ChartStyle.SMALL_TITLE);
    return chart;
  }
}
