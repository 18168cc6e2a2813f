package dev.tandem.report;

import dev.tandem.report.CoupleReport.ItemRow;
import dev.tandem.report.CoupleReport.PatternRow;
import dev.tandem.report.CoupleReport.ScaleRow;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A couple's workbook: the session page (one printed page: both partners' scores side by side, the
 * paired profile chart and the closeness-desire picture, the patterns that fire with their
 * guidance, the discussion items and shared concerns with both answers) and an "All items" sheet
 * with every item compared.
 */
final class CoupleWorkbook {

  static final String PAGE_SHEET = "Session page";
  static final String ITEMS_SHEET = "All items";
  private static final int LAST_COLUMN = 7;

  /** Characters: scale or item text, A score, A band, B score, B band, A - B, size, agreement. */
  private static final int[] WIDTHS = {36, 7, 15, 7, 15, 8, 16, 10};

  private static final int BAND_A = 2;
  private static final int BAND_B = 4;

  /** The height of a row of one line of 9-point text. */
  private static final float ONE_LINE = Cells.wordWrappedHeight("", 10, 9);

  private static final int CHART_ROWS = 20;
  private static final float CHART_ROW_POINTS = 15f;

  private final XSSFWorkbook workbook = ReportStrings.newWorkbook();
  private final SheetStyles styles = new SheetStyles(workbook);
  private final XSSFCellStyle partnerA = coloured(CoupleCharts.PARTNER_A_TEXT);
  private final XSSFCellStyle partnerB = coloured(CoupleCharts.PARTNER_B_TEXT);
  private final XSSFCellStyle signed = format(SheetStyles.SIGNED_FORMAT);
  private final XSSFCellStyle percent = format("0%");
  private final CoupleReport report;
  private final ReportOptions options;
  private XSSFSheet sheet;
  private int row;

  private CoupleWorkbook(CoupleReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
  }

  static XSSFWorkbook build(CoupleReport report, ReportOptions options) {
    CoupleWorkbook builder = new CoupleWorkbook(report, options);
    builder.sessionPage();
    builder.itemsSheet();
    return builder.workbook;
  }

  private void sessionPage() {
    sheet = workbook.createSheet(PAGE_SHEET);
    Cells.widths(sheet, WIDTHS);
    Cells.text(sheet, row++, 0, title(), styles.title);
    Cells.text(sheet, row++, 0, report.partnerA(), partnerA);
    Cells.text(sheet, row++, 0, report.partnerB(), partnerB);
    paragraph(
        "Differences are partner A minus partner B. Agreement is the share of a scale's items on which the "
            + "partners are at most one point apart.",
        styles.note,
        8);
    row++;

    heading("Scale scores");
    header("Scale", "A", "A band", "B", "B band", "A - B", "Difference", "Agreement");
    String questionnaire = "";
    for (ScaleRow scale : report.scales()) {
      if (!scale.questionnaire().equals(questionnaire)) {
        questionnaire = scale.questionnaire();
        Cells.text(sheet, row++, 0, questionnaire, styles.bold);
      }
      Cells.text(sheet, row, 0, "  " + scale.scale(), styles.row);
      number(1, scale.a(), styles.rowScore);
      Cells.text(sheet, row, BAND_A, scale.bandA(), styles.rowWrap);
      number(3, scale.b(), styles.rowScore);
      Cells.text(sheet, row, BAND_B, scale.bandB(), styles.rowWrap);
      fitBands(row, scale.bandA(), scale.bandB());
      number(5, scale.difference(), signed);
      Cells.text(sheet, row, 6, scale.size(), styles.row);
      number(7, scale.agreement(), percent);
      row++;
    }
    for (String note : report.notes()) {
      paragraph(note, styles.note, 8);
    }
    row++;
    charts();

    heading("Patterns to talk about first");
    if (report.patterns().isEmpty()) {
      paragraph("None of the couple patterns fires for this couple.", styles.wrap, 9);
    }
    for (PatternRow pattern : report.patterns()) {
      Cells.text(sheet, row++, 0, pattern.name(), styles.bold);
      paragraph("Why: " + String.join("; ", pattern.evidence()), styles.note, 8);
      paragraph(pattern.guidance(), styles.wrap, 9);
    }
    for (String undecided : report.undecided()) {
      paragraph("Not fully checked: " + undecided, styles.note, 8);
    }
    row++;

    items(
        "Discussion items: two or more points apart",
        report.discussion(),
        report.discussionTotal(),
        "No item has the partners two or more points apart.",
        true);
    items(
        "Both partners answer in the concerning direction",
        report.concerns(),
        report.concernsTotal(),
        "No item has both partners answering in the concerning direction.",
        false);

    PrintLayout.of(options, title()).atMostPagesTall(1).applyTo(sheet);
    workbook.setPrintArea(0, 0, LAST_COLUMN, 0, row);
  }

  private String title() {
    return "Couple " + report.code() + ": session page";
  }

  private void charts() {
    for (int r = row; r < row + CHART_ROWS; r++) {
      Cells.row(sheet, r).setHeightInPoints(CHART_ROW_POINTS);
    }
    float height = CHART_ROWS * CHART_ROW_POINTS;
    Pictures.insert(
        sheet,
        CoupleCharts.paired(report, Pictures.widthPoints(sheet, 0, 3), height),
        0,
        row,
        3,
        row + CHART_ROWS);
    if (report.closeness().isEmpty()) {
      Cells.text(
          sheet,
          row,
          3,
          "The closeness-desire picture needs both partners' merging, separateness and desire "
              + "scores.",
          styles.note);
    } else {
      Pictures.insert(
          sheet,
          CoupleCharts.closeness(report, Pictures.widthPoints(sheet, 3, LAST_COLUMN + 1), height),
          3,
          row,
          LAST_COLUMN + 1,
          row + CHART_ROWS);
    }
    row += CHART_ROWS + 1;
  }

  private void items(String title, List<ItemRow> items, int total, String none, boolean withGap) {
    heading(title);
    if (items.isEmpty()) {
      paragraph(none, styles.wrap, 9);
      row++;
      return;
    }
    header(
        "Item", "Partner A answered", "", "", "Partner B answered", "", "", withGap ? "Gap" : "");
    Cells.merge(sheet, row - 1, 1, 3);
    Cells.merge(sheet, row - 1, 4, 6);
    for (ItemRow item : items) {
      String text = item.text() + (item.reversed() ? " (reversed)" : "");
      Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(text, WIDTHS[0], 9));
      Cells.text(sheet, row, 0, text, styles.rowWrap);
      Cells.text(sheet, row, 1, item.givenA(), styles.rowWrap);
      Cells.text(sheet, row, 4, item.givenB(), styles.rowWrap);
      Cells.merge(sheet, row, 1, 3);
      Cells.merge(sheet, row, 4, 6);
      if (withGap) {
        number(
            7,
            item.difference().isPresent()
                ? OptionalDouble.of(Math.abs(item.difference().getAsDouble()))
                : OptionalDouble.empty(),
            styles.rowCount);
      }
      row++;
    }
    paragraph(
        (total > items.size()
                ? "Showing "
                    + items.size()
                    + " of "
                    + total
                    + "; every item is on the \""
                    + ITEMS_SHEET
                    + "\" sheet. "
                : "")
            + "Answers are shown as given; reversed items are compared after reverse "
            + "keying.",
        styles.note,
        8);
    row++;
  }

  private void itemsSheet() {
    XSSFSheet items = workbook.createSheet(ITEMS_SHEET);
    String[] headers = {
      "Questionnaire",
      "Scale",
      "Item",
      "Reversed",
      "Partner A answered",
      "Partner B answered",
      "A keyed",
      "B keyed",
      "A - B keyed"
    };
    Cells.widths(items, 22, 24, 60, 9, 26, 26, 9, 9, 11);
    for (int c = 0; c < headers.length; c++) {
      Cells.text(items, 0, c, headers[c], styles.header);
    }
    int r = 1;
    for (ItemRow item : report.allItems()) {
      Cells.text(items, r, 0, item.questionnaire(), styles.row);
      Cells.text(items, r, 1, item.scale(), styles.row);
      Cells.text(items, r, 2, item.text(), styles.row);
      Cells.text(items, r, 3, item.reversed() ? "yes" : "", styles.row);
      Cells.text(items, r, 4, item.givenA(), styles.row);
      Cells.text(items, r, 5, item.givenB(), styles.row);
      int current = r;
      item.keyedA().ifPresent(v -> Cells.number(items, current, 6, v, styles.rowCount));
      item.keyedB().ifPresent(v -> Cells.number(items, current, 7, v, styles.rowCount));
      item.difference().ifPresent(v -> Cells.number(items, current, 8, v, styles.rowCount));
      r++;
    }
    items.createFreezePane(0, 1);
    items.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.length - 1));
    PrintLayout.of(options, "Couple " + report.code() + ": all items")
        .repeating(1)
        .wide()
        .applyTo(items);
  }

  private void heading(String title) {
    Cells.row(sheet, row).setHeightInPoints(20);
    Cells.text(sheet, row++, 0, title, styles.heading);
  }

  private void header(String... titles) {
    for (int c = 0; c < titles.length; c++) {
      Cells.text(sheet, row, c, titles[c], styles.header);
    }
    row++;
  }

  /** A paragraph across the page, its row tall enough for the text. */
  private void paragraph(String words, XSSFCellStyle style, float points) {
    Cells.row(sheet, row)
        .setHeightInPoints(
            Cells.wrappedHeight(words, Cells.characters(sheet, 0, LAST_COLUMN), points));
    Cells.text(sheet, row, 0, words, style);
    Cells.merge(sheet, row, 0, LAST_COLUMN);
    row++;
  }

  private void number(int column, OptionalDouble value, XSSFCellStyle style) {
    if (value.isPresent()) {
      Cells.number(sheet, row, column, value.getAsDouble(), style);
    }
  }

  /**
   * A band name too long for its column ("Leaning to separateness") wraps between words, and its
   * row grows to show every line; Excel and LibreOffice do not grow a row by themselves.
   */
  private void fitBands(int row, String bandA, String bandB) {
    float needed =
        Math.max(
            Cells.wordWrappedHeight(bandA, WIDTHS[BAND_A], 9),
            Cells.wordWrappedHeight(bandB, WIDTHS[BAND_B], 9));
    if (needed > ONE_LINE) {
      Cells.row(sheet, row).setHeightInPoints(needed);
    }
  }

  private XSSFCellStyle coloured(java.awt.Color colour) {
    XSSFFont font = workbook.createFont();
    font.setFontName(Palette.SHEET_FONT);
    font.setFontHeightInPoints((short) 11);
    font.setBold(true);
    font.setColor(new XSSFColor(Palette.rgb(colour)));
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }

  private XSSFCellStyle format(String pattern) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.cloneStyleFrom(styles.rowScore);
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    return style;
  }
}
