package dev.tandem.report;

import dev.tandem.report.CoupleReport.ItemRow;
import dev.tandem.report.CoupleReport.PatternRow;
import dev.tandem.report.CoupleReport.ScaleRow;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A couple's workbook: the session page (one printable A4 page: both partners' scores side by side,
 * the paired chart and the closeness-desire picture, the patterns that fire with their guidance, the
 * discussion items and shared concerns with both answers) and an "All items" sheet with every item.
 *
 * <p>Self-contained POI code, written before the shared report framework landed; its styles and
 * print set-up should move onto that framework's (see the report to the lead).
 */
final class CoupleWorkbook {

  static final String PAGE_SHEET = "Session page";
  static final String ITEMS_SHEET = "All items";
  private static final int LAST_COLUMN = 7;
  /** Column widths in characters: scale/item text, then A score, band, B score, band, difference, size, agreement. */
  private static final int[] WIDTHS = {38, 7, 15, 7, 15, 8, 16, 10};
  private static final int CHART_ROWS = 20;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final Styles styles = new Styles(workbook);
  private final CoupleReport report;
  private XSSFSheet sheet;
  private int row;

  private CoupleWorkbook(CoupleReport report) {
    this.report = report;
  }

  static XSSFWorkbook build(CoupleReport report) {
    CoupleWorkbook builder = new CoupleWorkbook(report);
    builder.sessionPage();
    builder.itemsSheet();
    return builder.workbook;
  }

  private void sessionPage() {
    sheet = workbook.createSheet(PAGE_SHEET);
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    text(0, "Couple " + report.code() + ": session page", styles.title);
    row++;
    text(0, report.partnerA(), styles.partnerA);
    row++;
    text(0, report.partnerB(), styles.partnerB);
    row++;
    wrapped("Differences are partner A minus partner B. Agreement is the share of a scale's items on which "
        + "the partners are at most one point apart.", styles.note);
    row++;

    section("Scale scores");
    header("Scale", "A", "A band", "B", "B band", "A - B", "Difference", "Agreement");
    String questionnaire = "";
    for (ScaleRow scale : report.scales()) {
      if (!scale.questionnaire().equals(questionnaire)) {
        questionnaire = scale.questionnaire();
        text(0, questionnaire, styles.bold);
        row++;
      }
      text(0, "  " + scale.scale(), styles.plain);
      number(1, scale.a(), styles.number);
      text(2, scale.bandA(), styles.band);
      number(3, scale.b(), styles.number);
      text(4, scale.bandB(), styles.band);
      number(5, scale.difference(), styles.signed);
      text(6, scale.size(), styles.band);
      number(7, scale.agreement(), styles.percent);
      row++;
    }
    for (String note : report.notes()) {
      wrapped(note, styles.note);
    }
    row++;
    charts();

    section("Patterns to talk about first");
    if (report.patterns().isEmpty()) {
      wrapped("None of the couple patterns fires for this couple.", styles.plain);
    }
    for (PatternRow pattern : report.patterns()) {
      text(0, pattern.name(), styles.bold);
      row++;
      wrapped("Why: " + String.join("; ", pattern.evidence()), styles.note);
      wrapped(pattern.guidance(), styles.wrap);
    }
    for (String undecided : report.undecided()) {
      wrapped("Not fully checked: " + undecided, styles.note);
    }
    row++;

    items("Discussion items: two or more points apart", report.discussion(), report.discussionTotal(),
        "No item has the partners two or more points apart.", true);
    items("Both partners answer in the concerning direction", report.concerns(), report.concernsTotal(),
        "No item has both partners answering in the concerning direction.", false);


    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(false);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 1);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.TOP, 0.4);
    sheet.setMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM, 0.4);
    workbook.setPrintArea(0, 0, LAST_COLUMN, 0, row);
  }

  private void charts() {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    picture(drawing, CoupleCharts.png(CoupleCharts.pairedScores(report), 420, 400), 0, 3);
    if (report.closeness().isEmpty()) {
      text(3, "The closeness-desire picture needs both partners' merging, separateness and desire scores.",
          styles.note);
    } else {
      picture(drawing, CoupleCharts.png(CoupleCharts.closeness(report), 390, 400), 3, LAST_COLUMN + 1);
    }
    row += CHART_ROWS + 1;
  }

  private void picture(XSSFDrawing drawing, byte[] png, int fromColumn, int toColumn) {
    int index = workbook.addPicture(png, Workbook.PICTURE_TYPE_PNG);
    XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, fromColumn, row, toColumn, row + CHART_ROWS);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
    drawing.createPicture(anchor, index);
  }

  private void items(String title, List<ItemRow> items, int total, String none, boolean withGap) {
    section(title);
    if (items.isEmpty()) {
      wrapped(none, styles.plain);
      row++;
      return;
    }
    header("Item", "Partner A answered", "", "", "Partner B answered", "", "", withGap ? "Gap" : "");
    sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, 1, 3));
    sheet.addMergedRegion(new CellRangeAddress(row - 1, row - 1, 4, 6));
    for (ItemRow item : items) {
      int lines = Math.max(1, (int) Math.ceil((item.text().length() + (item.reversed() ? 11 : 0)) / 44.0));
      XSSFRow current = sheet.createRow(row);
      current.setHeightInPoints(Math.max(14, lines * 12.5f + 1));
      text(0, item.text() + (item.reversed() ? " (reversed)" : ""), styles.wrap);
      text(1, item.givenA(), styles.wrap);
      text(4, item.givenB(), styles.wrap);
      merge(1, 3);
      merge(4, 6);
      if (withGap) {
        number(7, item.difference().isPresent()
            ? OptionalDouble.of(Math.abs(item.difference().getAsDouble())) : OptionalDouble.empty(), styles.whole);
      }
      row++;
    }
    wrapped((total > items.size() ? "Showing " + items.size() + " of " + total + "; every item is on the \""
        + ITEMS_SHEET + "\" sheet. " : "") + "Answers are shown as given; reversed items are compared after reverse "
        + "keying.", styles.note);
    row++;
  }

  private void itemsSheet() {
    XSSFSheet items = workbook.createSheet(ITEMS_SHEET);
    String[] headers = {"Questionnaire", "Scale", "Item", "Reversed", "Partner A answered", "Partner B answered",
        "A keyed", "B keyed", "A - B keyed"};
    int[] widths = {22, 24, 60, 9, 26, 26, 9, 9, 11};
    XSSFRow top = items.createRow(0);
    for (int c = 0; c < headers.length; c++) {
      items.setColumnWidth(c, widths[c] * 256);
      top.createCell(c).setCellValue(headers[c]);
      top.getCell(c).setCellStyle(styles.header);
    }
    int r = 1;
    for (ItemRow item : report.allItems()) {
      XSSFRow current = items.createRow(r++);
      current.createCell(0).setCellValue(item.questionnaire());
      current.createCell(1).setCellValue(item.scale());
      current.createCell(2).setCellValue(item.text());
      current.createCell(3).setCellValue(item.reversed() ? "yes" : "");
      current.createCell(4).setCellValue(item.givenA());
      current.createCell(5).setCellValue(item.givenB());
      setNumber(current, 6, item.keyedA(), styles.whole);
      setNumber(current, 7, item.keyedB(), styles.whole);
      setNumber(current, 8, item.difference(), styles.signedWhole);
    }
    items.createFreezePane(0, 1);
    items.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, headers.length - 1));
    items.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    items.getPrintSetup().setLandscape(true);
    items.getPrintSetup().setFitWidth((short) 1);
    items.getPrintSetup().setFitHeight((short) 0);
    items.setFitToPage(true);
    items.setRepeatingRows(new CellRangeAddress(0, 0, 0, headers.length - 1));
  }

  private void section(String title) {
    XSSFRow current = sheet.createRow(row);
    current.setHeightInPoints(20);
    for (int c = 0; c <= LAST_COLUMN; c++) {
      current.createCell(c).setCellStyle(styles.section);
    }
    current.getCell(0).setCellValue(title);
    row++;
  }

  private void header(String... titles) {
    XSSFRow current = sheet.createRow(row);
    for (int c = 0; c < titles.length; c++) {
      current.createCell(c).setCellValue(titles[c]);
      current.getCell(c).setCellStyle(styles.header);
    }
    row++;
  }

  /** A paragraph across the page, its row tall enough for the text. */
  private void wrapped(String words, XSSFCellStyle style) {
    XSSFRow current = sheet.createRow(row);
    int lines = Math.max(1, (int) Math.ceil(words.length() / 120.0));
    current.setHeightInPoints(lines * 12.5f + 2);
    current.createCell(0).setCellValue(words);
    current.getCell(0).setCellStyle(style);
    merge(0, LAST_COLUMN);
    row++;
  }

  private void merge(int from, int to) {
    sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
  }

  private void text(int column, String words, XSSFCellStyle style) {
    XSSFRow current = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    current.createCell(column).setCellValue(words);
    current.getCell(column).setCellStyle(style);
  }

  private void number(int column, OptionalDouble value, XSSFCellStyle style) {
    XSSFRow current = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    setNumber(current, column, value, style);
  }

  private static void setNumber(XSSFRow current, int column, OptionalDouble value, XSSFCellStyle style) {
    if (value.isPresent()) {
      current.createCell(column).setCellValue(value.getAsDouble());
      current.getCell(column).setCellStyle(style);
    }
  }

  /** The handful of cell styles the couple page uses. */
  private static final class Styles {
    final XSSFCellStyle title;
    final XSSFCellStyle partnerA;
    final XSSFCellStyle partnerB;
    final XSSFCellStyle note;
    final XSSFCellStyle section;
    final XSSFCellStyle header;
    final XSSFCellStyle bold;
    final XSSFCellStyle plain;
    final XSSFCellStyle band;
    final XSSFCellStyle wrap;
    final XSSFCellStyle number;
    final XSSFCellStyle signed;
    final XSSFCellStyle percent;
    final XSSFCellStyle whole;
    final XSSFCellStyle signedWhole;

    Styles(XSSFWorkbook workbook) {
      title = style(workbook, font(workbook, 16, true, false, null));
      partnerA = style(workbook, font(workbook, 11, true, false, CoupleCharts.PARTNER_A));
      partnerB = style(workbook, font(workbook, 11, true, false, CoupleCharts.PARTNER_B));
      note = style(workbook, font(workbook, 9, false, true, new java.awt.Color(0x55, 0x55, 0x55)));
      note.setWrapText(true);
      note.setVerticalAlignment(VerticalAlignment.TOP);
      section = style(workbook, font(workbook, 12, true, false, null));
      section.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xE4, (byte) 0xEC, (byte) 0xF4}));
      section.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      section.setVerticalAlignment(VerticalAlignment.CENTER);
      header = style(workbook, font(workbook, 10, true, false, null));
      header.setBorderBottom(BorderStyle.THIN);
      bold = style(workbook, font(workbook, 10, true, false, null));
      bold.setVerticalAlignment(VerticalAlignment.TOP);
      plain = style(workbook, font(workbook, 10, false, false, null));
      plain.setVerticalAlignment(VerticalAlignment.TOP);
      band = style(workbook, font(workbook, 10, false, false, null));
      band.setVerticalAlignment(VerticalAlignment.TOP);
      band.setIndention((short) 1);
      wrap = style(workbook, font(workbook, 10, false, false, null));
      wrap.setWrapText(true);
      wrap.setVerticalAlignment(VerticalAlignment.TOP);
      number = numeric(workbook, "0.00");
      signed = numeric(workbook, "+0.00;-0.00;0.00");
      percent = numeric(workbook, "0%");
      whole = numeric(workbook, "0");
      signedWhole = numeric(workbook, "+0;-0;0");
    }

    private static XSSFCellStyle numeric(XSSFWorkbook workbook, String format) {
      XSSFCellStyle style = style(workbook, font(workbook, 10, false, false, null));
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      style.setAlignment(HorizontalAlignment.RIGHT);
      style.setVerticalAlignment(VerticalAlignment.TOP);
      return style;
    }

    private static XSSFCellStyle style(XSSFWorkbook workbook, XSSFFont font) {
      XSSFCellStyle style = workbook.createCellStyle();
      style.setFont(font);
      return style;
    }

    private static XSSFFont font(XSSFWorkbook workbook, int points, boolean bold, boolean italic, java.awt.Color colour) {
      XSSFFont font = workbook.createFont();
      font.setFontName("Arial");
      font.setFontHeightInPoints((short) points);
      font.setBold(bold);
      font.setItalic(italic);
      if (colour != null) {
        font.setColor(new XSSFColor(colour, null));
      }
      return font;
    }
  }
}
