package dev.tandem.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The couple handout as PDF: one or two pages for the couple, then the space agreement worksheet on
 * a page of its own. Shrunk step by step, as the other PDFs are, to keep the couple's part to one
 * page where it can.
 */
final class CoupleHandoutPdf {

  static final int PAGES_WANTED = 2;
  private static final float[] SCALES = {1.0f, 0.94f, 0.88f, 0.82f};
  private static final Color SOFT = Palette.SOFT;
  private static final float MAP_WIDTH = 250f;
  private static final float MAP_HEIGHT = 200f;
  private static final float WRITING_SPACE = 58f;

  private final CoupleHandout handout;
  private final PdfLayout page;
  private final Chart map;

  private CoupleHandoutPdf(CoupleHandout handout, PdfLayout page, Chart map) {
    this.handout = handout;
    this.page = page;
    this.map = map;
  }

  static void write(CoupleHandout handout, ReportOptions options, OutputStream out)
      throws IOException {
    Chart map = CoupleCharts.closenessMap(handout.map(), MAP_WIDTH, MAP_HEIGHT);
    PdfLayout.fitted(
        options.paper(),
        CoupleHandout.TITLE,
        options.date(),
        SCALES,
        PAGES_WANTED,
        layout -> new CoupleHandoutPdf(handout, layout, map).lay(),
        out,
        CoupleHandout.TITLE + " " + handout.code(),
        options);
  }

  private void lay() {
    page.paragraph(
        "For " + handout.nameA() + " and " + handout.nameB(),
        PdfLayout.Style.BOLD,
        16,
        Palette.INK);
    page.paragraph(
        "This handout is for you both to keep. It shows where you stand together, what is worth "
            + "talking about, and a few things to try. Nobody here is right or wrong: you simply differ in places, "
            + "as every couple does.",
        PdfLayout.Style.REGULAR,
        9.5f,
        Palette.INK);
    page.space(8);
    strengths();
    growth();
    closeness();
    if (!handout.patterns().isEmpty()) {
      heading("What we notice about you as a couple");
      for (String text : handout.patterns()) {
        page.paragraph(text, PdfLayout.Style.REGULAR, 9.5f, Palette.INK);
        page.space(3);
      }
      page.space(5);
    }
    heading("Things to try together");
    bullets(handout.toTry());
    worksheet();
  }

  private void strengths() {
    heading("Your strengths together");
    if (handout.strengthScales().isEmpty() && handout.strengthStatements().isEmpty()) {
      page.paragraph(
          "Your answers do not yet show a shared strength on these questionnaires. That is common, and "
              + "the things to try below are a good place to start.",
          PdfLayout.Style.REGULAR,
          9.5f,
          Palette.INK);
    }
    if (!handout.strengthScales().isEmpty()) {
      page.paragraph(
          List.of(
              new PdfLayout.Run("You are both in a good place on: ", PdfLayout.Style.BOLD),
              new PdfLayout.Run(
                  String.join("; ", handout.strengthScales()) + ".", PdfLayout.Style.REGULAR)),
          9.5f,
          Palette.INK);
    }
    if (!handout.strengthStatements().isEmpty()) {
      page.space(2);
      page.paragraph(
          "Statements you answered alike, in a way that supports you both:",
          PdfLayout.Style.BOLD,
          9.5f,
          Palette.INK);
      bullets(handout.strengthStatements());
    }
    page.space(8);
  }

  private void growth() {
    heading("Your growth areas");
    if (handout.growthStatements().isEmpty()) {
      page.paragraph(
          "You answered every statement within a point of each other.",
          PdfLayout.Style.REGULAR,
          9.5f,
          Palette.INK);
    } else {
      page.paragraph(
          "Statements you answered two or more points apart: worth talking about, calmly and with "
              + "curiosity about how the other sees it.",
          PdfLayout.Style.REGULAR,
          9.5f,
          Palette.INK);
      bullets(handout.growthStatements().stream().map(s -> "\u201C" + s + "\u201D").toList());
      int more = handout.growthTotal() - handout.growthStatements().size();
      if (more > 0) {
        page.paragraph(
            more + " more statement" + (more == 1 ? "" : "s") + " to go through with your coach.",
            PdfLayout.Style.ITALIC,
            8.5f,
            SOFT);
      }
    }
    page.space(8);
  }

  private void closeness() {
    if (handout.map().closeness().isEmpty()) {
      return;
    }
    float width = page.scaled(MAP_WIDTH);
    float height = page.scaled(MAP_HEIGHT);
    page.ensureSpace(page.scaled(20) + height);
    heading("Closeness and desire");
    page.chart(map, page.left(), width, height);
    page.advance(height);
    page.space(3);
    page.paragraph(
        "Each circle is one of you: A is "
            + handout.nameA()
            + ", B is "
            + handout.nameB()
            + ". The "
            + "bigger the circle, the more desire. Towards the top left you lean to a life of your own; towards the "
            + "bottom right, to doing everything together; between the dashed lines the two are in balance.",
        PdfLayout.Style.REGULAR,
        8.5f,
        SOFT);
    page.space(8);
  }

  private void worksheet() {
    page.newPage();
    page.paragraph(SpaceAgreement.TITLE, PdfLayout.Style.BOLD, 15, Palette.INK);
    page.paragraph(handout.nameA() + " and " + handout.nameB(), PdfLayout.Style.REGULAR, 10, SOFT);
    page.space(4);
    page.paragraph(SpaceAgreement.INTRO, PdfLayout.Style.REGULAR, 9.5f, Palette.INK);
    page.space(8);
    for (SpaceAgreement.Question question : handout.agreement().questions()) {
      page.ensureSpace(page.scaled(30 + WRITING_SPACE));
      page.paragraph(question.question(), PdfLayout.Style.BOLD, 10.5f, Palette.BLUE);
      page.paragraph(
          List.of(
              new PdfLayout.Run("Suggestion: ", PdfLayout.Style.ITALIC),
              new PdfLayout.Run(question.suggestion(), PdfLayout.Style.ITALIC)),
          8.5f,
          SOFT);
      page.space(2);
      page.table(
          page.left(),
          new float[] {page.width()},
          List.<PdfLayout.Cell[]>of(new PdfLayout.Cell[] {PdfLayout.Cell.of("")}),
          false,
          9,
          WRITING_SPACE);
      page.space(8);
    }
    page.paragraph(
        "Signed, with care:   ______________________      ______________________",
        PdfLayout.Style.REGULAR,
        10,
        Palette.INK);
  }

  private void heading(String text) {
    page.ensureSpace(page.scaled(40));
    page.paragraph(text, PdfLayout.Style.BOLD, 12.5f, Palette.BLUE);
    page.space(2);
  }

  private void bullets(List<String> lines) {
    for (String line : lines) {
      page.paragraph("\u2022  " + line, PdfLayout.Style.REGULAR, 9.5f, Palette.INK);
      page.space(1.5f);
    }
  }
}
