package dev.tandem.report;

import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScaleScore;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The client report as PDF, with the same content as the workbook's Report sheet. Like Excel's
 * "fit to pages", the whole layout is shrunk step by step until it fits {@link #MAX_PAGES} pages.
 */
final class ClientPdf {

  static final int MAX_PAGES = 2;
  private static final float[] SCALES = {1.0f, 0.93f, 0.86f, 0.8f, 0.74f, 0.68f};
  private static final Color NOTE = new Color(0x55, 0x55, 0x55);
  private static final float GAP = 10f;

  private final ClientReport report;
  private final PdfLayout page;

  private ClientPdf(ClientReport report, PdfLayout page) {
    this.report = report;
    this.page = page;
  }

  static void write(ClientReport report, ReportOptions options, OutputStream out) throws IOException {
    for (int i = 0; i < SCALES.length; i++) {
      PdfLayout layout = new PdfLayout(options.paper(), ClientReport.TITLE, options.date(), SCALES[i]);
      try (layout) {
        new ClientPdf(report, layout).lay();
        if (layout.pages() <= MAX_PAGES || i == SCALES.length - 1) {
          layout.finish(out);
          return;
        }
      }
    }
  }

  private void lay() {
    page.paragraph("Client report: " + report.clientLabel(), PdfLayout.Style.BOLD, 16, Palette.INK);
    page.paragraph(report.assessed().map(d -> "Latest assessment: " + Formats.date(d))
        .orElse("Assessment date not recorded"), PdfLayout.Style.REGULAR, 10, Palette.INK);
    page.space(6);
    for (ClientReport.Section section : report.sections()) {
      section(section);
    }
    if (!report.progress().isEmpty()) {
      progress();
    }
  }

  private void section(ClientReport.Section section) {
    List<ScaleScore> scores = section.scores();
    float chartHeight = page.scaled(ProfileChart.suggestedHeight(scores));
    page.ensureSpace(page.scaled(40) + chartHeight);
    page.paragraph(List.of(new PdfLayout.Run(section.questionnaire().title(), PdfLayout.Style.BOLD),
        new PdfLayout.Run("   answered " + section.occasion().label(), PdfLayout.Style.REGULAR)), 12, Palette.BLUE);
    page.space(3);
    float[] widths = {112, 40, 62, 52};
    float tableWidth = sum(widths);
    List<PdfLayout.Cell[]> rows = new ArrayList<>();
    rows.add(new PdfLayout.Cell[] {
        PdfLayout.Cell.of("Scale"), PdfLayout.Cell.of("Score"), PdfLayout.Cell.of("Band"), PdfLayout.Cell.of("Percentile")});
    for (ScaleScore score : scores) {
      rows.add(new PdfLayout.Cell[] {
          PdfLayout.Cell.of(score.scale().name()),
          PdfLayout.Cell.bold(score.isScored() ? Formats.score(score.value().getAsDouble()) : "-"),
          PdfLayout.Cell.centred(ClientReport.band(score)),
          PdfLayout.Cell.centred(ClientReport.percentile(score).orElse("no norms"))});
    }
    float rowHeight = (chartHeight / page.scaled(1) - 16f) / scores.size();
    float chartWidth = page.width() - tableWidth - GAP;
    float chartX = page.left() + tableWidth + GAP;
    ChartImage chart = ProfileChart.image(scores, chartWidth, chartHeight);
    page.image(chart, chartX, chartWidth, chartHeight);
    float tableHeight = page.table(page.left(), widths, rows, true, 8.5f, Math.max(16f, rowHeight));
    if (chartHeight > tableHeight) {
      page.advance(chartHeight - tableHeight);
    }
    page.space(6);
    for (ScaleScore score : scores) {
      page.paragraph(List.of(
          new PdfLayout.Run(score.scale().name() + " (" + ClientReport.band(score) + "): ", PdfLayout.Style.BOLD),
          new PdfLayout.Run(ClientReport.guidance(score), PdfLayout.Style.REGULAR)), 8.5f, Palette.INK);
      page.space(2.5f);
    }
    page.space(1);
    page.paragraph("About these scores: " + section.questionnaire().note().strip(), PdfLayout.Style.ITALIC, 7.5f, NOTE);
    page.space(10);
  }

  private void progress() {
    page.ensureSpace(page.scaled(120));
    page.paragraph("Progress", PdfLayout.Style.BOLD, 12, Palette.BLUE);
    page.paragraph("Scores at the first and the latest assessment. A change is called reliable only when it is "
        + "larger than the questionnaire's measurement error would explain.", PdfLayout.Style.REGULAR, 8.5f, Palette.INK);
    page.space(4);
    for (ClientReport.Progress progress : report.progress()) {
      List<ClientReport.Occasion> occasions = progress.occasions();
      float[] widths = {130, 62, 62, 50, page.width() - 304};
      List<PdfLayout.Cell[]> rows = new ArrayList<>();
      rows.add(new PdfLayout.Cell[] {PdfLayout.Cell.of("Scale"),
          PdfLayout.Cell.of("First " + occasions.get(0).shortLabel()),
          PdfLayout.Cell.of("Latest " + occasions.get(occasions.size() - 1).shortLabel()),
          PdfLayout.Cell.of("Change"), PdfLayout.Cell.of("Verdict")});
      QuestionnaireScores first = progress.first();
      for (ScaleScore latest : progress.latest().scales()) {
        Optional<ScaleScore> before = first.scale(latest.scale().id());
        boolean comparable = before.isPresent() && before.get().isScored() && latest.isScored();
        rows.add(new PdfLayout.Cell[] {PdfLayout.Cell.of(latest.scale().name()),
            PdfLayout.Cell.centred(before.filter(ScaleScore::isScored)
                .map(s -> Formats.score(s.value().getAsDouble())).orElse("-")),
            PdfLayout.Cell.centred(latest.isScored() ? Formats.score(latest.value().getAsDouble()) : "-"),
            PdfLayout.Cell.centred(comparable
                ? Formats.signed(latest.value().getAsDouble() - before.get().value().getAsDouble()) : "-"),
            PdfLayout.Cell.of(comparable ? ClientReport.verdict(before.get(), latest)
                : "cannot be compared: a score is missing")});
      }
      float trendHeight = page.scaled(84);
      page.ensureSpace(page.scaled(18) + rows.size() * page.scaled(14) + trendHeight);
      page.paragraph(progress.questionnaire().title(), PdfLayout.Style.BOLD, 9.5f, Palette.INK);
      page.space(2);
      page.table(page.left(), widths, rows, true, 8f, 13f);
      page.space(3);
      page.ensureSpace(trendHeight);
      page.image(TrendChart.image(progress, page.width(), trendHeight), page.left(), page.width(), trendHeight);
      page.advance(trendHeight);
      page.space(8);
    }
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float value : values) {
      total += value;
    }
    return total;
  }
}
