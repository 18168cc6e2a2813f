package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The client handout as PDF: at most {@link #MAX_PAGES} pages, shrunk step by step as the coach's
 * PDF is, with the "at a glance" lists first, then each questionnaire scale by scale, and the
 * "About these scores" box once at the end.
 */
final class ClientHandoutPdf {

  static final int MAX_PAGES = 2;
  private static final float[] SCALES = {1.0f, 0.94f, 0.88f, 0.82f, 0.76f, 0.7f};
  private static final Color SOFT = Palette.SOFT;
  private static final float BAR_SHARE = 0.62f;

  private final ClientHandout handout;
  private final PdfLayout page;

  private ClientHandoutPdf(ClientHandout handout, PdfLayout page) {
    this.handout = handout;
    this.page = page;
  }

  static void write(ClientHandout handout, ReportOptions options, OutputStream out)
      throws IOException {
    PdfLayout.fitted(
        options.paper(),
        ClientHandout.TITLE,
        options.date(),
        SCALES,
        MAX_PAGES,
        layout -> new ClientHandoutPdf(handout, layout).lay(),
        out,
        ClientHandout.TITLE + " " + handout.clientName(),
        options);
  }

  private void lay() {
    page.paragraph("For " + handout.clientName(), PdfLayout.Style.BOLD, 16, Palette.INK);
    page.paragraph(
        handout
            .assessed()
            .map(d -> "From the questionnaires you answered, latest on " + Formats.date(d) + ".")
            .orElse("From the questionnaires you answered."),
        PdfLayout.Style.REGULAR,
        9.5f,
        SOFT);
    page.space(3);
    page.paragraph(
        "This handout is yours to keep. It sums up what your answers say and suggests a few small "
            + "things to try. There are no right or wrong scores: they describe where you are now.",
        PdfLayout.Style.REGULAR,
        9.5f,
        Palette.INK);
    page.space(8);
    atAGlance();
    for (ClientHandout.Section section : handout.sections()) {
      section(section);
    }
    page.space(4);
    page.table(
        page.left(),
        new float[] {page.width()},
        List.<PdfLayout.Cell[]>of(
            new PdfLayout.Cell[] {
              new PdfLayout.Cell(ClientHandout.ABOUT, PdfLayout.Style.ITALIC, false)
            }),
        false,
        8f,
        20f);
  }

  private void atAGlance() {
    page.paragraph("At a glance", PdfLayout.Style.BOLD, 12.5f, Palette.BLUE);
    page.space(2);
    glance("Your strengths: ", handout.strengths(), ClientHandout.NO_STRENGTH_YET);
    page.space(2);
    glance("Areas to work on: ", handout.areas(), ClientHandout.NOTHING_STANDS_OUT);
    page.space(10);
  }

  private void glance(String label, List<ClientHandout.Line> lines, String none) {
    String text =
        lines.isEmpty()
            ? none
            : lines.stream().map(ClientHandout.Line::words).collect(Collectors.joining("; ")) + ".";
    page.paragraph(
        List.of(
            new PdfLayout.Run(label, PdfLayout.Style.BOLD),
            new PdfLayout.Run(text, PdfLayout.Style.REGULAR)),
        9.5f,
        Palette.INK);
  }

  private void section(ClientHandout.Section section) {
    page.ensureSpace(page.scaled(70) + page.scaled(ScoreBar.HEIGHT));
    page.paragraph(
        List.of(
            new PdfLayout.Run(section.title(), PdfLayout.Style.BOLD),
            new PdfLayout.Run("   " + section.answered(), PdfLayout.Style.REGULAR)),
        12,
        Palette.BLUE);
    page.space(4);
    for (ClientHandout.ScaleBlock block : section.scales()) {
      scale(block);
    }
    page.space(4);
  }

  private void scale(ClientHandout.ScaleBlock block) {
    float barWidth = page.width() * BAR_SHARE;
    float barHeight = page.scaled(ScoreBar.HEIGHT);
    page.ensureSpace(page.scaled(44) + barHeight);
    page.paragraph(
        List.of(
            new PdfLayout.Run(block.name(), PdfLayout.Style.BOLD),
            new PdfLayout.Run("   " + block.scoreWords(), PdfLayout.Style.REGULAR)),
        10,
        Palette.INK);
    if (!block.measures().isEmpty()) {
      page.paragraph(block.measures(), PdfLayout.Style.ITALIC, 8.5f, SOFT);
    }
    if (block.score().isPresent()) {
      page.space(2);
      page.chart(
          ScoreBar.chart(block, barWidth / page.scaled(1)), page.left(), barWidth, barHeight);
      page.advance(barHeight);
      page.space(2);
    }
    block.missing().ifPresent(why -> page.paragraph(why, PdfLayout.Style.REGULAR, 9, Palette.INK));
    block
        .band()
        .flatMap(Band::forClient)
        .ifPresent(text -> page.paragraph(text, PdfLayout.Style.REGULAR, 9, Palette.INK));
    List<String> toTry = block.band().map(Band::toTry).orElse(List.of());
    for (String thing : toTry) {
      page.paragraph(
          List.of(
              new PdfLayout.Run("Try: ", PdfLayout.Style.BOLD),
              new PdfLayout.Run(thing, PdfLayout.Style.REGULAR)),
          9,
          Palette.INK);
    }
    page.space(6);
  }
}
