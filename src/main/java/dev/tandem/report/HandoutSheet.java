package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The client handout as a sheet of the client workbook ("Your handout"): the same words as {@link
 * ClientHandoutPdf} in one wide column, each score with its banded bar, printed to fit the page
 * width.
 */
final class HandoutSheet {

  static final String NAME = "Your handout";
  private static final int WIDTH = 100;
  private static final float BAR_SHARE = 0.62f;

  private final XSSFSheet sheet;
  private final SheetStyles styles;
  private int row;

  private HandoutSheet(XSSFSheet sheet, SheetStyles styles) {
    this.sheet = sheet;
    this.styles = styles;
  }

  static void add(
      XSSFWorkbook workbook, SheetStyles styles, ClientHandout handout, ReportOptions options) {
    XSSFSheet sheet = workbook.createSheet(NAME);
    Cells.widths(sheet, WIDTH);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    new HandoutSheet(sheet, styles).fill(handout);
    PrintLayout.of(options, ClientHandout.TITLE).applyTo(sheet);
  }

  private void fill(ClientHandout handout) {
    Cells.text(sheet, row, 0, "For " + handout.clientName(), styles.title);
    Cells.row(sheet, row++).setHeightInPoints(24);
    line(
        handout
            .assessed()
            .map(d -> "From the questionnaires you answered, latest on " + Formats.date(d) + ".")
            .orElse("From the questionnaires you answered."));
    row++;
    heading("At a glance");
    lead("Your strengths: ", words(handout.strengths(), ClientHandout.NO_STRENGTH_YET));
    lead("Areas to work on: ", words(handout.areas(), ClientHandout.NOTHING_STANDS_OUT));
    for (ClientHandout.Section section : handout.sections()) {
      row++;
      heading(section.title() + "   " + section.answered());
      for (ClientHandout.ScaleBlock block : section.scales()) {
        lead(block.name() + "   ", block.scoreWords());
        if (!block.measures().isEmpty()) {
          note(block.measures());
        }
        if (block.score().isPresent()) {
          Cells.row(sheet, row).setHeightInPoints(ScoreBar.HEIGHT + 2);
          float width = Pictures.widthPoints(sheet, 0, 1) * BAR_SHARE;
          Pictures.insert(sheet, ScoreBar.image(block, width), 0, row, 1, row + 1);
          row++;
        }
        block.missing().ifPresent(this::line);
        block.band().flatMap(Band::forClient).ifPresent(this::line);
        for (String thing : block.band().map(Band::toTry).orElse(List.of())) {
          lead("Try: ", thing);
        }
        row++;
      }
    }
    note(ClientHandout.ABOUT);
  }

  private void note(String text) {
    Cells.text(sheet, row, 0, text, styles.note);
    Cells.row(sheet, row++).setHeightInPoints(Cells.wrappedHeight(text, WIDTH, 8));
  }

  private static String words(List<ClientHandout.Line> lines, String none) {
    return lines.isEmpty()
        ? none
        : lines.stream().map(ClientHandout.Line::words).collect(Collectors.joining("; ")) + ".";
  }

  private void heading(String text) {
    Cells.text(sheet, row, 0, text, styles.heading);
    Cells.row(sheet, row++).setHeightInPoints(20);
  }

  private void line(String text) {
    Cells.text(sheet, row, 0, text, styles.wrap);
    Cells.row(sheet, row++).setHeightInPoints(Cells.wrappedHeight(text, WIDTH, 9));
  }

  private void lead(String lead, String text) {
    XSSFRichTextString rich = new XSSFRichTextString(lead + text);
    rich.applyFont(0, lead.length(), styles.leadFont);
    Cells.rich(sheet, row, 0, rich, styles.wrap);
    Cells.row(sheet, row++).setHeightInPoints(Cells.wrappedHeight(lead + text, WIDTH, 9));
  }
}
