package dev.tandem.report;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cohort workbook's first sheet, "Caseload": the {@link Caseload} rows in priority order, each
 * linking to its report file in the same folder, printed landscape with the header on every page.
 */
final class CaseloadSheet {

  static final String NAME = "Caseload";
  static final String DATE_FORMAT = "d mmmm yyyy";
  static final List<String> HEADERS =
      List.of(
          "Priority",
          "Who",
          "Kind",
          "Attention points",
          "What needs attention",
          "Last assessed",
          "Re-assessment due",
          "Report");
  private static final int[] WIDTHS = {8, 22, 8, 10, 54, 16, 27, 24};
  private static final int WHAT = 4;

  private CaseloadSheet() {}

  /** Adds the sheet as the workbook's first and active sheet. */
  static void add(XSSFWorkbook workbook, Caseload caseload, ReportOptions options) {
    SheetStyles styles = new SheetStyles(workbook);
    XSSFCellStyle date = workbook.createCellStyle();
    date.cloneStyleFrom(styles.row);
    date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
    XSSFCellStyle overdue = workbook.createCellStyle();
    overdue.cloneStyleFrom(styles.rowFlag);
    overdue.setDataFormat(
        workbook.createDataFormat().getFormat("\"overdue since \"" + DATE_FORMAT));
    XSSFCellStyle link = workbook.createCellStyle();
    link.cloneStyleFrom(styles.row);
    XSSFFont linkFont = workbook.createFont();
    linkFont.setFontName(Palette.SHEET_FONT);
    linkFont.setFontHeightInPoints((short) 9);
    linkFont.setColor(new org.apache.poi.xssf.usermodel.XSSFColor(Palette.rgb(Palette.BLUE), null));
    linkFont.setUnderline(FontUnderline.SINGLE);
    link.setFont(linkFont);

    XSSFSheet sheet = workbook.createSheet(NAME);
    Cells.widths(sheet, WIDTHS);
    for (int c = 0; c < HEADERS.size(); c++) {
      Cells.text(sheet, 0, c, HEADERS.get(c), styles.header);
    }
    Cells.row(sheet, 0)
        .setHeightInPoints(Cells.wrappedHeight("Attention points", WIDTHS[3], 10) + 4);
    String extension = options.wants(OutputFormat.PDF) ? ".pdf" : ".xlsx";
    int r = 1;
    for (Caseload.Row row : caseload.rows()) {
      Cells.number(sheet, r, 0, r, styles.rowCount);
      Cells.text(sheet, r, 1, row.who(), styles.row);
      Cells.text(sheet, r, 2, row.kind().label, styles.row);
      Cells.number(sheet, r, 3, row.attention().size(), styles.rowCount);
      String what =
          row.attention().isEmpty()
              ? "nothing at the concerning end"
              : String.join("; ", row.attention());
      Cells.text(sheet, r, WHAT, what, styles.rowWrap);
      dateCell(sheet, r, 5, row.lastAssessed(), date, styles.row);
      dateCell(sheet, r, 6, row.due(), row.overdue(options.date()) ? overdue : date, styles.row);
      String file = row.reportStem() + extension;
      XSSFCell cell = Cells.text(sheet, r, 7, file, link);
      XSSFHyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
      hyperlink.setAddress(file);
      cell.setHyperlink(hyperlink);
      Cells.row(sheet, r)
          .setHeightInPoints(Math.max(14f, Cells.wrappedHeight(what, WIDTHS[WHAT], 9)));
      r++;
    }
    sheet.createFreezePane(2, 1);
    PrintLayout.of(options, CohortWorkbook.TITLE + ": caseload").repeating(1).wide().applyTo(sheet);
    workbook.setSheetOrder(NAME, 0);
    workbook.setActiveSheet(0);
    workbook.setFirstVisibleTab(0);
    workbook.getSheetAt(1).setSelected(false);
    sheet.setSelected(true);
  }

  private static void dateCell(
      XSSFSheet sheet,
      int row,
      int col,
      java.util.Optional<LocalDate> value,
      XSSFCellStyle style,
      XSSFCellStyle none) {
    if (value.isPresent()) {
      XSSFCell cell = Cells.text(sheet, row, col, "", style);
      cell.setCellValue(value.get());
    } else {
      Cells.text(sheet, row, col, "date not recorded", none);
    }
  }
}
