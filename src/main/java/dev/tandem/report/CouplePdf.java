package dev.tandem.report;

import dev.tandem.report.CoupleReport.ItemRow;
import dev.tandem.report.CoupleReport.PatternRow;
import dev.tandem.report.CoupleReport.ScaleRow;
import dev.tandem.report.PdfLayout.Cell;
import dev.tandem.report.PdfLayout.Style;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The couple's session page as a PDF, with the same content as the workbook's page, on one page:
 * like {@link ClientPdf} the layout is shrunk step by step, showing fewer discussion items and
 * shared concerns at each step (down to six, and at the smallest step down to {@link
 * #FEWEST_ITEMS}; the workbook lists them all). Should even that not fit, the rest flows onto a
 * second page rather than being cut. Without a workbook beside it, the items left off the session
 * page follow on a page of their own, so that no item is only in a file that was not written.
 */
final class CouplePdf {

  static final int FEWEST_ITEMS = 3;

  /**
   * Shrinking the page is preferred to showing fewer than this many items, down to the smallest
   * scale.
   */
  private static final int WANTED_ITEMS = 6;

  private static final float[] SCALES = {1.0f, 0.92f, 0.85f, 0.78f, 0.78f};

  /**
   * The charts shrink further than the text at the last step, which Letter paper needs for some
   * couples.
   */
  private static final float[] CHART_SHRINK = {1.0f, 1.0f, 1.0f, 1.0f, 0.72f};

  private static final Color NOTE = Palette.NOTE;
  private static final float CHART_HEIGHT = 190;
  private static final float GAP = 8;
  private static final float[] SCALE_SHARES = {150, 30, 70, 30, 70, 36, 68, 45};
  private static final float[] ITEM_SHARES = {259, 100, 100, 40};
  private static final float[] CONCERN_SHARES = {299, 100, 100};
  private static final String DISCUSSION_TITLE = "Discussion items: two or more points apart";
  private static final String CONCERNS_TITLE = "Both partners answer in the concerning direction";

  private final CoupleReport report;
  private final PdfLayout page;
  private final Chart profiles;
  private final Optional<Chart> closeness;
  private final boolean withWorkbook;
  private final float chartShrink;

  private CouplePdf(
      CoupleReport report,
      PdfLayout page,
      Chart profiles,
      Optional<Chart> closeness,
      boolean withWorkbook,
      float chartShrink) {
    this.report = report;
    this.page = page;
    this.profiles = profiles;
    this.closeness = closeness;
    this.withWorkbook = withWorkbook;
    this.chartShrink = chartShrink;
  }

  /** Writes the session page of a report that holds every item; it shows as many as fit. */
  static void write(CoupleReport report, ReportOptions options, OutputStream out)
      throws IOException {
    float half = (options.paper().widthPoints() - 2 * PdfLayout.SIDE - GAP) / 2;
    Chart profiles = CoupleCharts.pairedChart(report, half, CHART_HEIGHT);
    Optional<Chart> closeness =
        report.closeness().isEmpty()
            ? Optional.empty()
            : Optional.of(CoupleCharts.closenessMap(report, half, CHART_HEIGHT));
    int most =
        Math.max(
            Math.min(report.discussion().size(), CoupleReport.DISCUSSION_SHOWN),
            Math.min(report.concerns().size(), CoupleReport.CONCERNS_SHOWN));
    String title = "Couple " + report.code() + ": session page";
    boolean withWorkbook = options.wants(OutputFormat.XLSX);
    for (int i = 0; i < SCALES.length; i++) {
      boolean smallest = i == SCALES.length - 1;
      int fewest = Math.min(most, smallest ? FEWEST_ITEMS : WANTED_ITEMS);
      for (int shown = most; shown >= fewest; shown--) {
        CoupleReport limited =
            report.limited(
                Math.min(shown, CoupleReport.DISCUSSION_SHOWN),
                Math.min(shown, CoupleReport.CONCERNS_SHOWN));
        float chartShrink = CHART_SHRINK[i];
        if (!(smallest && shown == fewest)) {
          try (PdfLayout measure =
              PdfLayout.measuring(
                  options.paper(), title, options.date(), SCALES[i], options.lineBreaks())) {
            new CouplePdf(limited, measure, profiles, closeness, withWorkbook, chartShrink).lay();
            if (measure.pages() > 1) {
              continue;
            }
          }
        }
        try (PdfLayout layout =
            new PdfLayout(
                options.paper(), title, options.date(), SCALES[i], options.lineBreaks())) {
          new CouplePdf(limited, layout, profiles, closeness, withWorkbook, chartShrink).lay();
          if (!withWorkbook && limited.hidesItems()) {
            new CouplePdf(report, layout, profiles, closeness, false, chartShrink).allItems();
          }
          layout.finish(out, "Couple " + report.code(), options);
          return;
        }
      }
    }
  }

  private void lay() {
    page.paragraph("Couple " + report.code() + ": session page", Style.BOLD, 15, Palette.INK);
    page.paragraph(report.partnerA(), Style.BOLD, 10, CoupleCharts.PARTNER_A_TEXT);
    page.paragraph(report.partnerB(), Style.BOLD, 10, CoupleCharts.PARTNER_B_TEXT);
    page.paragraph(
        "Differences are partner A minus partner B. Agreement is the share of a scale's items on which the "
            + "partners are at most one point apart.",
        Style.ITALIC,
        7.5f,
        NOTE);
    heading("Scale scores");
    List<Cell[]> rows = new ArrayList<>();
    rows.add(cells("Scale", "A", "A band", "B", "B band", "A - B", "Difference", "Agreement"));
    String questionnaire = "";
    for (ScaleRow scale : report.scales()) {
      if (!scale.questionnaire().equals(questionnaire)) {
        questionnaire = scale.questionnaire();
        Cell[] title = cells("", "", "", "", "", "", "", "");
        title[0] = new Cell(questionnaire, Style.BOLD, false);
        rows.add(title);
      }
      rows.add(
          cells(
              scale.scale(),
              fixed(scale.a(), "%.2f"),
              scale.bandA(),
              fixed(scale.b(), "%.2f"),
              scale.bandB(),
              fixed(scale.difference(), "%+.2f"),
              scale.size(),
              scale.agreement().isPresent()
                  ? Math.round(scale.agreement().getAsDouble() * 100) + "%"
                  : ""));
    }
    page.table(page.left(), widths(SCALE_SHARES), rows, true, 7, 0);
    for (String note : report.notes()) {
      page.paragraph(note, Style.ITALIC, 7, NOTE);
    }
    page.space(4);

    float shrink = page.scaled(chartShrink);
    float half = (page.width() - GAP) / 2 * shrink;
    float height = CHART_HEIGHT * shrink;
    float gap = page.scaled(GAP);
    float x = page.left() + (page.width() - 2 * half - gap) / 2;
    page.ensureSpace(height);
    page.chart(profiles, x, half, height);
    if (closeness.isPresent()) {
      page.chart(closeness.get(), x + half + gap, half, height);
    }
    page.advance(height);
    if (closeness.isEmpty()) {
      page.paragraph(
          "The closeness-desire picture needs both partners' merging, separateness and desire scores.",
          Style.ITALIC,
          7.5f,
          NOTE);
    }

    heading("Patterns to talk about first");
    if (report.patterns().isEmpty()) {
      page.paragraph(
          "None of the couple patterns fires for this couple.", Style.REGULAR, 8.5f, Palette.INK);
    }
    for (PatternRow pattern : report.patterns()) {
      page.paragraph(pattern.name(), Style.BOLD, 9, Palette.INK);
      page.paragraph("Why: " + String.join("; ", pattern.evidence()), Style.ITALIC, 7, NOTE);
      page.paragraph(pattern.guidance(), Style.REGULAR, 8, Palette.INK);
      page.space(2);
    }
    for (String undecided : report.undecided()) {
      page.paragraph("Not fully checked: " + undecided, Style.ITALIC, 7, NOTE);
    }

    items(
        DISCUSSION_TITLE,
        report.discussion(),
        report.discussionTotal(),
        "No item has the partners two or more points apart.",
        true);
    items(
        CONCERNS_TITLE,
        report.concerns(),
        report.concernsTotal(),
        "No item has both partners answering in the concerning direction.",
        false);
  }

  /** Every discussion item and shared concern, on pages after the session page. */
  private void allItems() {
    page.newPage();
    page.paragraph(
        "Couple " + report.code() + ": every item to talk about", Style.BOLD, 13, Palette.INK);
    items(DISCUSSION_TITLE, report.discussion(), report.discussionTotal(), "", true);
    items(CONCERNS_TITLE, report.concerns(), report.concernsTotal(), "", false);
  }

  private void items(String title, List<ItemRow> items, int total, String none, boolean withGap) {
    heading(title);
    if (items.isEmpty()) {
      page.paragraph(none, Style.REGULAR, 8.5f, Palette.INK);
      return;
    }
    List<Cell[]> rows = new ArrayList<>();
    rows.add(
        withGap
            ? cells("Item", "Partner A answered", "Partner B answered", "Gap")
            : cells("Item", "Partner A answered", "Partner B answered"));
    for (ItemRow item : items) {
      String text = item.text() + (item.reversed() ? " (reversed)" : "");
      rows.add(
          withGap
              ? cells(
                  text,
                  item.givenA(),
                  item.givenB(),
                  item.difference().isPresent()
                      ? Long.toString(Math.round(Math.abs(item.difference().getAsDouble())))
                      : "")
              : cells(text, item.givenA(), item.givenB()));
    }
    page.table(page.left(), widths(withGap ? ITEM_SHARES : CONCERN_SHARES), rows, true, 7, 0);
    String where =
        withWorkbook
            ? "every item is in the couple workbook"
            : "every item follows after this page";
    page.paragraph(
        (total > items.size()
                ? "Showing " + items.size() + " of " + total + "; " + where + ". "
                : "")
            + "Answers are shown as given; reversed items are compared after reverse keying.",
        Style.ITALIC,
        7,
        NOTE);
  }

  private void heading(String title) {
    page.space(5);
    page.paragraph(title, Style.BOLD, 11, Palette.BLUE);
    page.space(2);
  }

  /** Column widths in proportion to the shares, across the page's width. */
  private float[] widths(float[] shares) {
    float total = 0;
    for (float share : shares) {
      total += share;
    }
    float[] out = new float[shares.length];
    for (int i = 0; i < shares.length; i++) {
      out[i] = shares[i] / total * page.width();
    }
    return out;
  }

  private static Cell[] cells(String... texts) {
    Cell[] out = new Cell[texts.length];
    for (int i = 0; i < texts.length; i++) {
      out[i] = Cell.of(texts[i]);
    }
    return out;
  }

  private static String fixed(OptionalDouble value, String format) {
    return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "";
  }
}
