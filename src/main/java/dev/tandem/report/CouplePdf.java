package dev.tandem.report;

import dev.tandem.report.CoupleReport.ItemRow;
import dev.tandem.report.CoupleReport.PatternRow;
import dev.tandem.report.CoupleReport.ScaleRow;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The couple's session page as a PDF: the same content as the workbook's page, laid out for A4.
 * It is meant to fit one page; should a couple have so much to show that it does not, the rest flows
 * onto a second page rather than being cut.
 *
 * <p>Self-contained PDFBox code, written before the shared report framework landed; its text layout
 * helpers should move onto that framework's PDF layout (see the report to the lead).
 */
final class CouplePdf {

  private static final PDRectangle PAPER = PDRectangle.A4;
  private static final float MARGIN = 34;
  private static final float WIDTH = PAPER.getWidth() - 2 * MARGIN;
  private static final Color SECTION_FILL = new Color(0xE4, 0xEC, 0xF4);
  private static final Color GREY = new Color(0x55, 0x55, 0x55);
  private static final int FEWEST_ITEMS = 3;

  private final PDDocument document;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final PDType1Font italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  private final boolean drawing;
  private PDPageContentStream page;
  private float y;
  private int pages;

  private CouplePdf(PDDocument document, boolean drawing) {
    this.document = document;
    this.drawing = drawing;
  }

  /**
   * Writes the page. The page shows as many discussion items and shared concerns (up to the report's
   * own limits, down to {@link #FEWEST_ITEMS}) as let everything fit on one A4 page; the workbook
   * lists every item.
   */
  static void write(CoupleReport report, OutputStream out) throws IOException {
    CoupleReport fitted = report;
    for (int shown = report.discussion().size(); shown >= FEWEST_ITEMS; shown--) {
      fitted = report.limited(shown, Math.min(shown, report.concerns().size()));
      if (pagesNeeded(fitted) == 1) {
        break;
      }
    }
    try (PDDocument document = new PDDocument()) {
      CouplePdf pdf = new CouplePdf(document, true);
      pdf.newPage();
      pdf.content(fitted);
      pdf.page.close();
      document.getDocumentInformation().setTitle("Couple " + report.code() + ": session page");
      document.getDocumentInformation().setCreator("Tandem");
      document.save(out);
    }
  }

  /** Lays the page out without drawing and counts the pages it takes. */
  private static int pagesNeeded(CoupleReport report) throws IOException {
    try (PDDocument scratch = new PDDocument()) {
      CouplePdf pdf = new CouplePdf(scratch, false);
      pdf.newPage();
      pdf.content(report);
      return pdf.pages;
    }
  }

  private void content(CoupleReport report) throws IOException {
    line("Couple " + report.code() + ": session page", bold, 15, Color.BLACK, 0);
    y -= 3;
    line(report.partnerA(), bold, 9.5f, CoupleCharts.PARTNER_A, 0);
    line(report.partnerB(), bold, 9.5f, CoupleCharts.PARTNER_B, 0);
    paragraph("Differences are partner A minus partner B. Agreement is the share of a scale's items on which the "
        + "partners are at most one point apart.", italic, 7.5f, GREY);
    y -= 4;

    section("Scale scores");
    float[] widths = {160, 28, 78, 28, 78, 34, 76, 45};
    row(widths, bold, 7, "Scale", "A", "A band", "B", "B band", "A - B", "Difference", "Agreement");
    String questionnaire = "";
    for (ScaleRow scale : report.scales()) {
      if (!scale.questionnaire().equals(questionnaire)) {
        questionnaire = scale.questionnaire();
        line(questionnaire, bold, 7, Color.BLACK, 0);
      }
      row(widths, regular, 7, "   " + scale.scale(), fixed(scale.a(), "%.2f"), scale.bandA(),
          fixed(scale.b(), "%.2f"), scale.bandB(), fixed(scale.difference(), "%+.2f"), scale.size(),
          scale.agreement().isPresent() ? Math.round(scale.agreement().getAsDouble() * 100) + "%" : "");
    }
    for (String note : report.notes()) {
      paragraph(note, italic, 7, GREY);
    }
    y -= 2;

    float chartHeight = 165;
    ensure(chartHeight + 4);
    float half = (WIDTH - 8) / 2;
    image(CoupleCharts.image(CoupleCharts.pairedScores(report), 400, 290), MARGIN, y - chartHeight, half, chartHeight);
    if (report.closeness().isEmpty()) {
      show("The closeness-desire picture needs both partners' merging, separateness and", italic, 8, GREY,
          MARGIN + half + 8, y - 20);
      show("desire scores.", italic, 8, GREY, MARGIN + half + 8, y - 30);
    } else {
      image(CoupleCharts.image(CoupleCharts.closeness(report), 400, 290), MARGIN + half + 8, y - chartHeight, half,
          chartHeight);
    }
    y -= chartHeight + 6;

    section("Patterns to talk about first");
    if (report.patterns().isEmpty()) {
      paragraph("None of the couple patterns fires for this couple.", regular, 8, Color.BLACK);
    }
    for (PatternRow pattern : report.patterns()) {
      ensure(40);
      line(pattern.name(), bold, 8.5f, Color.BLACK, 0);
      paragraph("Why: " + String.join("; ", pattern.evidence()), italic, 7, GREY);
      paragraph(pattern.guidance(), regular, 7.5f, Color.BLACK);
      y -= 2;
    }
    for (String undecided : report.undecided()) {
      paragraph("Not fully checked: " + undecided, italic, 7, GREY);
    }

    items("Discussion items: two or more points apart", report.discussion(), report.discussionTotal(),
        "No item has the partners two or more points apart.", true);
    items("Both partners answer in the concerning direction", report.concerns(), report.concernsTotal(),
        "No item has both partners answering in the concerning direction.", false);
  }

  private void items(String title, List<ItemRow> items, int total, String none, boolean withGap) throws IOException {
    section(title);
    if (items.isEmpty()) {
      paragraph(none, regular, 8, Color.BLACK);
      return;
    }
    float[] widths = {285, 105, 105, 30};
    row(widths, bold, 7.5f, "Item", "Partner A answered", "Partner B answered", withGap ? "Gap" : "");
    for (ItemRow item : items) {
      String gap = withGap && item.difference().isPresent()
          ? Long.toString(Math.round(Math.abs(item.difference().getAsDouble()))) : "";
      row(widths, regular, 7.5f, item.text() + (item.reversed() ? " (reversed)" : ""), item.givenA(), item.givenB(),
          gap);
    }
    paragraph((total > items.size() ? "Showing " + items.size() + " of " + total + "; every item is in the couple "
        + "workbook. " : "") + "Answers are shown as given; reversed items are compared after reverse keying.", italic,
        7, GREY);
  }

  private void section(String title) throws IOException {
    ensure(30);
    y -= 4;
    if (drawing) {
      page.setNonStrokingColor(SECTION_FILL);
      page.addRect(MARGIN, y - 13, WIDTH, 14);
      page.fill();
    }
    y -= 1;
    line(title, bold, 9.5f, Color.BLACK, 3);
    y -= 3;
  }

  /** One table row; each cell wraps within its width and the row is as tall as its tallest cell. */
  private void row(float[] widths, PDType1Font font, float size, String... cells) throws IOException {
    List<List<String>> wrapped = new ArrayList<>();
    int lines = 1;
    for (int c = 0; c < cells.length; c++) {
      List<String> cell = wrap(cells[c], font, size, widths[c] - 4);
      wrapped.add(cell);
      lines = Math.max(lines, cell.size());
    }
    float leading = size * 1.2f;
    ensure(lines * leading + 1);
    float x = MARGIN;
    for (int c = 0; c < cells.length; c++) {
      float lineY = y - size;
      for (String text : wrapped.get(c)) {
        show(text, font, size, Color.BLACK, x, lineY);
        lineY -= leading;
      }
      x += widths[c];
    }
    y -= lines * leading + 1;
  }

  private void line(String text, PDType1Font font, float size, Color colour, float indent) throws IOException {
    ensure(size * 1.25f);
    show(text, font, size, colour, MARGIN + indent, y - size);
    y -= size * 1.25f;
  }

  private void paragraph(String text, PDType1Font font, float size, Color colour) throws IOException {
    for (String line : wrap(text, font, size, WIDTH)) {
      line(line, font, size, colour, 0);
    }
  }

  private void show(String text, PDType1Font font, float size, Color colour, float x, float baseline)
      throws IOException {
    if (!drawing) {
      return;
    }
    page.beginText();
    page.setFont(font, size);
    page.setNonStrokingColor(colour);
    page.newLineAtOffset(x, baseline);
    page.showText(safe(font, text));
    page.endText();
  }

  private void image(java.awt.image.BufferedImage picture, float x, float bottom, float width, float height)
      throws IOException {
    if (!drawing) {
      return;
    }
    PDImageXObject image = LosslessFactory.createFromImage(document, picture);
    page.drawImage(image, x, bottom, width, height);
  }

  private void ensure(float height) throws IOException {
    if (y - height < MARGIN) {
      if (drawing) {
        page.close();
      }
      newPage();
    }
  }

  private void newPage() throws IOException {
    pages++;
    y = PAPER.getHeight() - MARGIN;
    if (!drawing) {
      return;
    }
    PDPage next = new PDPage(PAPER);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
  }

  private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : safe(font, text).split(" ")) {
      String candidate = current.length() == 0 ? word : current + " " + word;
      if (current.length() > 0 && font.getStringWidth(candidate) / 1000 * size > width) {
        lines.add(current.toString());
        current = new StringBuilder(word);
      } else {
        current = new StringBuilder(candidate);
      }
    }
    lines.add(current.toString());
    return lines;
  }

  /** The standard PDF fonts cover Western European text; anything else prints as "?". */
  private static String safe(PDType1Font font, String text) {
    StringBuilder out = new StringBuilder();
    text.replace('\n', ' ').replace('\u2212', '-').codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      try {
        font.encode(ch);
        out.append(ch);
      } catch (IOException | IllegalArgumentException e) {
        out.append('?');
      }
    });
    return out.toString();
  }

  private static String fixed(OptionalDouble value, String format) {
    return value.isPresent() ? String.format(Locale.ROOT, format, value.getAsDouble()) : "";
  }
}
