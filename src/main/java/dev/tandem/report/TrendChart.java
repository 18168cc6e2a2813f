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

  static ChartImage image(ClientReport.Progress progress, float widthPoints, float heightPoints) {
    List<JFreeChart> charts = new ArrayList<>();
    List<Scale> scales = progress.questionnaire().scales();
    for (Scale scale : scales) {
      charts.add(chart(scale, progress));
    }
    return ChartImage.row(charts, widthPoints, heightPoints);
  }

  private static JFreeChart chart(Scale scale, ClientReport.Progress progress) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < progress.occasions().size(); i++) {
      QuestionnaireScores scores = progress.scores().get(i);
      Double value = scores.scale(scale.id()).filter(s -> s.isScored())
          .map(s -> s.value().getAsDouble()).orElse(null);
      dataset.addValue(value, scale.name(), progress.occasions().get(i).shortLabel());
    }
    CategoryAxis categories = new CategoryAxis();
    categories.setLowerMargin(0.12);
    categories.setUpperMargin(0.12);
    categories.setCategoryMargin(0);
    categories.setMaximumCategoryLabelLines(2);
    NumberAxis values = new NumberAxis();
    values.setRange(scale.lowest(), scale.highest());
    values.setTickUnit(new NumberTickUnit(scale.highest() - scale.lowest() <= 6 ? 1 : 2));
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
    JFreeChart chart = new JFreeChart(null, ChartStyle.TITLE, plot, false);
    return ChartStyle.apply(chart, scale.name());
  }
}
