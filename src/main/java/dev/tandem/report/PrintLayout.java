package dev.tandem.report;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Print set-up for a sheet a coach may print: the paper, portrait, fit to one page wide (and at
 * most {@code pagesTall} pages tall when given), margins, title rows repeated on every page, the
 * report title in the header and "Confidential", the date and "Page X of Y" in the footer.
 */
record PrintLayout(Paper paper, String title, LocalDate date, int repeatedRows, int pagesTall) {

  static final String CONFIDENTIAL = "Confidential";

  PrintLayout {
    Objects.requireNonNull(paper, "paper must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(date, "date must not be null");
  }

  /** One page wide, as many pages tall as needed, no repeated rows. */
  static PrintLayout of(Paper paper, String title, LocalDate date) {
    return new PrintLayout(paper, title, date, 0, 0);
  }

  PrintLayout repeating(int rows) {
    return new PrintLayout(paper, title, date, rows, pagesTall);
  }

  PrintLayout atMostPagesTall(int pages) {
    return new PrintLayout(paper, title, date, repeatedRows, pages);
  }

  void applyTo(XSSFSheet sheet) {
    XSSFPrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(paper.excelCode());
    setup.setLandscape(false);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) pagesTall);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, 0.6);
    sheet.setMargin(PageMargin.RIGHT, 0.6);
    sheet.setMargin(PageMargin.TOP, 0.8);
    sheet.setMargin(PageMargin.BOTTOM, 0.8);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    if (repeatedRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
    }
    sheet.getHeader().setCenter("&\"Arial,Bold\"&10" + escape(title));
    sheet.getFooter().setLeft("&8" + CONFIDENTIAL);
    sheet.getFooter().setCenter("&8" + date);
    sheet.getFooter().setRight("&8Page &P of &N");
  }

  /**
   * Header and footer text uses Excel's codes: {@code &"font,style"}, {@code &8} (size), {@code &P}
   * (page) and {@code &N} (pages). An ampersand starts a code in header text; doubled it prints as itself. */
  private static String escape(String text) {
    return text.replace("&", "&&");
  }
}
