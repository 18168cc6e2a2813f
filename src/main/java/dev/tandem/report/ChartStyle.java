package dev.tandem.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

/** The look every rendered chart shares: white background, one font family, thin grey grid. */
final class ChartStyle {

  static final Font TITLE = Palette.font(Font.BOLD, 9f);
  static final Font AXIS_LABEL = Palette.font(Font.PLAIN, 7.5f);
  static final Font TICK = Palette.font(Font.PLAIN, 7f);
  static final Font ITEM_LABEL = Palette.font(Font.BOLD, 7.5f);
  static final Font SMALL_TITLE = Palette.font(Font.BOLD, 7f);
  static final Font SMALL_TICK = Palette.font(Font.PLAIN, 6f);
  static final Font ZONE_LABEL = Palette.font(Font.ITALIC, 5.5f);

  private ChartStyle() {}

  static JFreeChart apply(JFreeChart chart, String title) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(2, 2, 2, 6));
    if (title.isEmpty()) {
      chart.setTitle((TextTitle) null);
    } else {
      TextTitle text = new TextTitle(title, TITLE);
      text.setPaint(Palette.INK);
      chart.setTitle(text);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(AXIS_LABEL);
      chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }
    return chart;
  }

  static void apply(CategoryPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(Palette.GRID);
    plot.setRangeGridlineStroke(new BasicStroke(0.4f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(2, 2, 2, 2));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    axis(plot.getDomainAxis());
    axis(plot.getRangeAxis());
  }

  private static void axis(CategoryAxis axis) {
    axis.setTickLabelFont(TICK);
    axis.setLabelFont(AXIS_LABEL);
    axis.setTickLabelPaint(Palette.INK);
    axis.setAxisLinePaint(Palette.GRID);
    axis.setTickMarksVisible(false);
  }

  private static void axis(ValueAxis axis) {
    axis.setTickLabelFont(TICK);
    axis.setLabelFont(AXIS_LABEL);
    axis.setTickLabelPaint(Palette.INK);
    axis.setAxisLinePaint(Palette.GRID);
    axis.setTickMarkPaint(Palette.GRID);
  }
}
