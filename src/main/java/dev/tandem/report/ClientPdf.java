package dev.tandem.report;

import dev.tandem.scoring.ScaleScore;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client report as PDF, with the same content as the workbook's Report sheet. Like Excel's "fit
 * to pages", the whole layout is shrunk step by step until it fits {@link #MAX_PAGES} pages.
 */
final class ClientPdf {

  static final int MAX_PAGES = 2;
  private static final float[] SCALES = {1.0f, 0.93f, 0.86f, 0.8f, 0.74f, 0.68f};
  private static final Color NOTE = Palette.NOTE;
  private static final float GAP = 10f;

  private static final float[] TABLE_WIDTHS = {112, 40, 62, 52};

  /** The same total width when no scale has a percentile and the table has no percentile column. */
  private static final float[] TABLE_WIDTHS_NO_PERCENTILE = {128, 44, 94};

  private final ClientReport report;
  private final PdfLayout page;
  private final List<Chart> profiles;
  private final Optional<Chart> trend;

  private ClientPdf(
      ClientReport report, PdfLayout page, List<Chart> profiles, Optional<Chart> trend) {
    this.report = report;
    this.page = page;
    this.profiles = profiles;
    this.trend = trend;
  }

  static void write(ClientReport report, ReportOptions options, OutputStream out)
      throws IOException {
    float width = options.paper().widthPoints() - 2 * PdfLayout.SIDE;
    float chartWidth = width - sum(TABLE_WIDTHS) - GAP;
    List<Chart> profiles =
        report.sections().stream()
            .map(
                s ->
                    ProfileChart.chart(
                        s.scores(), chartWidth, ProfileChart.suggestedHeight(s.scores())))
            .toList();
    Optional<Chart> trend =
        report.progress().isEmpty()
            ? Optional.empty()
            : Optional.of(TrendChart.chart(report.progress(), width));
    PdfLayout.fitted(
        options.paper(),
        ClientReport.TITLE + ": " + report.clientLabel(),
        options.date(),
        SCALES,
        MAX_PAGES,
        layout -> new ClientPdf(report, layout, profiles, trend).lay(),
        out,
        ClientReport.TITLE + " " + report.clientLabel(),
        options);
  }

  private void lay() {
    page.paragraph("Client report: " + report.clientLabel(), PdfLayout.Style.BOLD, 16, Palette.INK);
    page.paragraph(
        report
            .assessed()
            .map(d -> "Latest assessment: " + Formats.date(d))
            .orElse("Assessment date not recorded"),
        PdfLayout.Style.REGULAR,
        10,
        Palette.INK);
    page.space(6);
    for (int i = 0; i < report.sections().size(); i++) {
      section(report.sections().get(i), profiles.get(i));
    }
    if (!report.progress().isEmpty()) {
      progress();
    }
  }

  private void section(ClientReport.Section section, Chart chart) {
    List<ScaleScore> scores = section.scores();
    float chartHeight = page.scaled(chart.heightPoints());
    page.ensureSpace(page.scaled(40) + chartHeight);
    page.paragraph(
        List.of(
            new PdfLayout.Run(section.questionnaire().title(), PdfLayout.Style.BOLD),
            new PdfLayout.Run(
                "   answered " + section.occasion().label(), PdfLayout.Style.REGULAR)),
        12,
        Palette.BLUE);
    page.space(3);
    boolean percentiles = section.percentileHeading().isPresent();
    float[] widths = percentiles ? TABLE_WIDTHS : TABLE_WIDTHS_NO_PERCENTILE;
    float tableWidth = sum(widths);
    List<PdfLayout.Cell[]> rows = new ArrayList<>();
    List<PdfLayout.Cell> header =
        new ArrayList<>(
            List.of(
                PdfLayout.Cell.of("Scale"), PdfLayout.Cell.of("Score"), PdfLayout.Cell.of("Band")));
    section.percentileHeading().ifPresent(heading -> header.add(PdfLayout.Cell.of(heading)));
    rows.add(header.toArray(PdfLayout.Cell[]::new));
    for (int i = 0; i < scores.size(); i++) {
      ScaleScore score = scores.get(i);
      List<PdfLayout.Cell> row =
          new ArrayList<>(
              List.of(
                  PdfLayout.Cell.of(score.scale().name()),
                  PdfLayout.Cell.bold(
                      score.isScored() ? Formats.score(score.value().getAsDouble()) : "-"),
                  PdfLayout.Cell.centred(ClientReport.band(score))));
      if (percentiles) {
        row.add(PdfLayout.Cell.centred(section.percentiles().get(i)));
      }
      rows.add(row.toArray(PdfLayout.Cell[]::new));
    }
    float rowHeight = (chartHeight / page.scaled(1) - 16f) / scores.size();
    float chartX = page.left() + tableWidth + GAP;
    page.chart(chart, chartX, page.scaled(chart.widthPoints()), chartHeight);
    float tableHeight = page.table(page.left(), widths, rows, true, 8.5f, Math.max(16f, rowHeight));
    if (chartHeight > tableHeight) {
      page.advance(chartHeight - tableHeight);
    }
    page.space(6);
    for (ScaleScore score : scores) {
      page.paragraph(
          List.of(
              new PdfLayout.Run(ClientReport.lead(score), PdfLayout.Style.BOLD),
              new PdfLayout.Run(ClientReport.guidance(score), PdfLayout.Style.REGULAR)),
          8.5f,
          Palette.INK);
      page.space(2.5f);
    }
    page.space(1);
    page.paragraph(
        section.normNote() + " About these scores: " + section.questionnaire().note().strip(),
        PdfLayout.Style.ITALIC,
        7.5f,
        NOTE);
    page.space(10);
  }

  private void progress() {
    Chart image = trend.orElseThrow();
    float trendHeight = page.scaled(image.heightPoints());
    page.ensureSpace(page.scaled(110));
    page.paragraph("Progress", PdfLayout.Style.BOLD, 12, Palette.BLUE);
    page.paragraph(ClientWorkbook.PROGRESS_INTRO, PdfLayout.Style.REGULAR, 8.5f, Palette.INK);
    page.space(4);
    float[] widths = {150, 50, 50, 50, page.width() - 300};
    List<PdfLayout.Cell[]> rows = new ArrayList<>();
    rows.add(
        new PdfLayout.Cell[] {
          PdfLayout.Cell.of("Scale"),
          PdfLayout.Cell.of("First"),
          PdfLayout.Cell.of("Latest"),
          PdfLayout.Cell.of("Change"),
          PdfLayout.Cell.of("Verdict")
        });
    page.table(page.left(), widths, rows, true, 8f, 13f);
    for (ClientReport.Progress progress : report.progress()) {
      page.ensureSpace(page.scaled(30));
      page.space(3);
      page.paragraph(ClientReport.span(progress), PdfLayout.Style.BOLD, 8.5f, Palette.INK);
      page.space(1);
      rows.clear();
      for (ClientReport.Change change : progress.changes()) {
        rows.add(
            new PdfLayout.Cell[] {
              PdfLayout.Cell.of(change.scale()),
              PdfLayout.Cell.centred(score(change.first())),
              PdfLayout.Cell.centred(score(change.latest())),
              PdfLayout.Cell.centred(
                  change.change().isPresent()
                      ? Formats.signed(change.change().getAsDouble())
                      : "-"),
              PdfLayout.Cell.of(change.verdict())
            });
      }
      page.table(page.left(), widths, rows, false, 8f, 13f);
    }
    page.space(3);
    page.paragraph(ClientReport.changeNote(report.progress()), PdfLayout.Style.ITALIC, 7.5f, NOTE);
    page.space(6);
    page.ensureSpace(trendHeight);
    page.chart(image, page.left(), page.scaled(image.widthPoints()), trendHeight);
    page.advance(trendHeight);
  }

  private static String score(java.util.OptionalDouble value) {
    return value.isPresent() ? Formats.score(value.getAsDouble()) : "-";
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float value : values) {
      total += value;
    }
    return total;
  }
}
