package dev.tandem.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Print set-up for a sheet a coach may print: the paper, portrait (landscape for wide data tables),
 * fit to one page wide (and at most {@code pagesTall} pages tall when given), margins, title rows
 * repeated on every page, the report title (and the practice name, when there is one) in the header
 * and "Confidential", the print date and "Page X of Y" in the footer.
 */
record PrintLayout(
    Paper paper,
    String title,
    LocalDate date,
    Optional<String> practice,
    int repeatedRows,
    int pagesTall,
    boolean landscape) {

  static final String CONFIDENTIAL = "Confidential";
  private static final double SIDE_MARGIN = 0.6;
  private static final double END_MARGIN = 0.8;

  /** Room left for differences in how Excel and LibreOffice measure rows and columns. */
  private static final double SAFETY = 0.95;

  private static final int MIN_SCALE = 60;

  /** The share of a page below which a last page counts as a sliver. */
  private static final double SLIVER = 1 / 3.0;

  PrintLayout {
    Objects.requireNonNull(paper, "paper must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(practice, "practice must not be null");
  }

  /** One page wide, as many pages tall as needed, no repeated rows. */
  static PrintLayout of(ReportOptions options, String title) {
    return new PrintLayout(options.paper(), title, options.date(), options.practice(), 0, 0, false);
  }

  PrintLayout repeating(int rows) {
    return new PrintLayout(paper, title, date, practice, rows, pagesTall, landscape);
  }

  PrintLayout atMostPagesTall(int pages) {
    return new PrintLayout(paper, title, date, practice, repeatedRows, pages, landscape);
  }

  /** For a wide data table, which would be unreadable shrunk onto a portrait page. */
  PrintLayout wide() {
    return new PrintLayout(paper, title, date, practice, repeatedRows, pagesTall, true);
  }

  void applyTo(XSSFSheet sheet) {
    XSSFPrintSetup setup = sheet.getPrintSetup();
    setup.setPaperSize(paper.excelCode());
    setup.setLandscape(landscape);
    setup.setFitWidth((short) 1);
    setup.setFitHeight((short) pagesTall);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, END_MARGIN);
    sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
    sheet.setMargin(PageMargin.HEADER, 0.3);
    sheet.setMargin(PageMargin.FOOTER, 0.3);
    if (repeatedRows > 0) {
      sheet.setRepeatingRows(new CellRangeAddress(0, repeatedRows - 1, -1, -1));
    }
    if (pagesTall == 0) {
      avoidSliver(sheet);
    }
    sheet.getHeader().setCenter("&\"Arial,Bold\"&10" + escape(title));
    sheet.getFooter().setLeft("&8 " + CONFIDENTIAL);
    practice.ifPresent(name -> sheet.getHeader().setRight("&8 " + escape(name)));
    sheet.getFooter().setCenter("&8 " + escape(Formats.printed(date)));
    sheet.getFooter().setRight("&8 Page &P of &N");
  }

  /**
   * A sheet whose last printed page would hold only a sliver (less than {@link #SLIVER} of a page)
   * at the scale that fits it one page wide is fitted onto one page fewer instead. Row heights not
   * set by Tandem count at the sheet's default, so this is an estimate, as Excel's own is.
   */
  private void avoidSliver(XSSFSheet sheet) {
    double width = Pictures.widthPoints(sheet, 0, lastColumn(sheet) + 1);
    double scale = Math.min(1.0, (pageWidth() - 2 * SIDE_MARGIN * 72) / width);
    double capacity =
        (pageHeight() - 2 * END_MARGIN * 72) / scale * SAFETY
            - Pictures.heightPoints(sheet, 0, repeatedRows);
    double body = Pictures.heightPoints(sheet, repeatedRows, sheet.getLastRowNum() + 1);
    int pages = (int) Math.ceil(body / capacity);
    if (pages > 1 && body - (pages - 1) * capacity < capacity * SLIVER) {
      sheet.getPrintSetup().setFitHeight((short) (pages - 1));
    }
  }

  private double pageWidth() {
    return landscape ? paper.heightPoints() : paper.widthPoints();
  }

  private double pageHeight() {
    return landscape ? paper.widthPoints() : paper.heightPoints();
  }

  /**
   * For a data table too wide to read shrunk onto one page (the scored data): fitted to as many
   * pages wide as it has {@code columnsPerPage} columns (rounded up), as many tall as needed, with
   * the first {@code repeatedColumns} columns repeated on each page so every printed row still
   * names its client. Apply after {@link #applyTo}.
   */
  static void acrossPages(XSSFSheet sheet, int repeatedColumns, int columnsPerPage) {
    int columns = lastColumn(sheet) + 1;
    int pagesWide = Math.max(1, (columns + columnsPerPage - 1) / columnsPerPage);
    sheet.getPrintSetup().setFitWidth((short) pagesWide);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, repeatedColumns - 1));
  }

  /**
   * Plans page breaks so that no block of rows (a table with its chart, a paragraph) is split
   * across pages. Blocks start at the given rows; the last ends before {@code endRow}. The print
   * scale starts at what fits one page wide and goes down in small steps until the blocks fit on
   * {@code pagesTall} pages (no lower than {@link #MIN_SCALE} percent). Then the breaks and that
   * scale replace fit-to-page, because Excel and LibreOffice ignore manual breaks while fitting to
   * pages. Returns false, leaving fit-to-page in place, when no scale works. Apply after {@link
   * #applyTo}.
   */
  boolean keepTogether(XSSFSheet sheet, List<Integer> blockStarts, int endRow) {
    double widthPoints = Pictures.widthPoints(sheet, 0, lastColumn(sheet) + 1);
    double printableWidth = paper.widthPoints() - 2 * SIDE_MARGIN * 72;
    int widest = (int) Math.floor(Math.min(1.0, printableWidth / widthPoints) * 100 * SAFETY);
    for (int percent = widest; percent >= MIN_SCALE; percent -= 2) {
      List<Integer> breaks = breaks(sheet, blockStarts, endRow, percent / 100.0);
      if (breaks.size() + 1 <= Math.max(1, pagesTall)) {
        sheet.setFitToPage(false);
        sheet.getPrintSetup().setScale((short) percent);
        breaks.forEach(sheet::setRowBreak);
        return true;
      }
    }
    return false;
  }

  /** The rows after which pages break at this scale; an impossible layout gives too many breaks. */
  private List<Integer> breaks(
      XSSFSheet sheet, List<Integer> blockStarts, int endRow, double scale) {
    double printableHeight = paper.heightPoints() - 2 * END_MARGIN * 72;
    double capacity =
        printableHeight / scale * SAFETY - Pictures.heightPoints(sheet, 0, repeatedRows);
    List<Integer> breaks = new ArrayList<>();
    double used = Pictures.heightPoints(sheet, 0, blockStarts.get(0));
    for (int b = 0; b < blockStarts.size(); b++) {
      int end = b + 1 < blockStarts.size() ? blockStarts.get(b + 1) : endRow;
      double block = Pictures.heightPoints(sheet, blockStarts.get(b), end);
      if (used + block > capacity) {
        breaks.add(blockStarts.get(b) - 1);
        used = 0;
      }
      if (block > capacity) {
        breaks.add(Integer.MAX_VALUE);
      }
      used += block;
    }
    return breaks;
  }

  private static int lastColumn(XSSFSheet sheet) {
    int last = 0;
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      if (sheet.getRow(r) != null) {
        last = Math.max(last, sheet.getRow(r).getLastCellNum() - 1);
      }
    }
    for (CellRangeAddress merged : sheet.getMergedRegions()) {
      last = Math.max(last, merged.getLastColumn());
    }
    return last;
  }

  /**
   * Header and footer text uses Excel's codes: {@code &"font,style"}, {@code &8} (size, ended by a
   * space so that a following digit is not read as part of it), {@code &P} (page) and {@code &N}
   * (pages). An ampersand starts a code in header text; doubled it prints as itself.
   */
  private static String escape(String text) {
    return text.replace("&", "&&");
  }
}
