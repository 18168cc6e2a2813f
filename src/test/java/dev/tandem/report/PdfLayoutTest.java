package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfLayoutTest {

  private static PDDocument lay(java.util.function.Consumer<PdfLayout> content) throws IOException {
    return lay(ReportOptions.defaults(java.nio.file.Path.of("reports")), content);
  }

  private static PDDocument lay(
      ReportOptions options, java.util.function.Consumer<PdfLayout> content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfLayout layout =
        new PdfLayout(Paper.A4, "Layout test", LocalDate.of(2026, 3, 20), 1f, new LineBreaks())) {
      content.accept(layout);
      layout.finish(out, "Layout test", options);
    }
    return Loader.loadPDF(out.toByteArray());
  }

  @Test
  void practiceNameIsInEveryHeaderAndIsTheAuthorAndTitleAndLanguageAreSet() throws IOException {
    ReportOptions options =
        ReportOptions.defaults(java.nio.file.Path.of("reports"))
            .withPractice(java.util.Optional.of("  Harbour Couples Practice "));
    String words = "word ".repeat(1500);
    try (PDDocument document =
        lay(options, page -> page.paragraph(words, PdfLayout.Style.REGULAR, 10, Palette.INK))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(document)).contains("Harbour Couples Practice");
      }
      assertThat(document.getDocumentInformation().getAuthor())
          .isEqualTo("Harbour Couples Practice");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Layout test");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }
  }

  @Test
  void pageStreamsAreDeflatedAtTheFastLevel() throws IOException {
    String words = "Closeness and room to breathe, week by week. ".repeat(60);
    try (PDDocument document =
        lay(page -> page.paragraph(words, PdfLayout.Style.REGULAR, 10, Palette.INK))) {
      // the page's own stream and the running header and footer, each deflated, between the
      // small plain streams that save and restore the graphics state
      COSArray contents =
          (COSArray) document.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
      int deflated = 0;
      for (int i = 0; i < contents.size(); i++) {
        COSStream stream = (COSStream) contents.getObject(i);
        if (stream.getFilters() == null) {
          continue;
        }
        byte[] decoded;
        byte[] encoded;
        try (InputStream in = stream.createInputStream();
            InputStream raw = stream.createRawInputStream()) {
          decoded = in.readAllBytes();
          encoded = raw.readAllBytes();
        }

        assertThat(encoded).isEqualTo(zlib(decoded, PdfLayout.DEFLATE_LEVEL));
        deflated++;
      }
      assertThat(deflated).isEqualTo(2);
    }
  }

  private static byte[] zlib(byte[] bytes, int level) throws IOException {
    Deflater deflater = new Deflater(level);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream zlib = new DeflaterOutputStream(out, deflater)) {
      zlib.write(bytes);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  @Test
  void withoutAPracticeThereIsNoAuthor() throws IOException {
    try (PDDocument document =
        lay(page -> page.paragraph("text", PdfLayout.Style.REGULAR, 10, Palette.INK))) {
      assertThat(document.getDocumentInformation().getAuthor()).isNull();
    }
  }

  @Test
  void longTextFlowsOntoNewPagesAndEveryPageGetsTheRunningHeaderAndFooter() throws IOException {
    String words = "word ".repeat(3000);
    try (PDDocument document =
        lay(page -> page.paragraph(words, PdfLayout.Style.REGULAR, 10, Palette.INK))) {
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThan(2);
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(document))
            .contains(
                "Layout test",
                "Confidential",
                "Printed 20 March 2026",
                "Page " + p + " of " + pages);
      }
      stripper.setStartPage(1);
      stripper.setEndPage(pages);
      assertThat(stripper.getText(document).split("word", -1)).hasSize(3001);
    }
  }

  @Test
  void aParagraphThatFitsOnAPageIsNotSplit() throws IOException {
    try (PDDocument document =
        lay(
            page -> {
              page.space(710);
              page.paragraph(
                  "first line of a paragraph that is long enough to need a second line when it is wrapped "
                      + "at the width of an A4 page with the margins of the layout, and a little more to be sure of it",
                  PdfLayout.Style.REGULAR,
                  10,
                  Palette.INK);
            })) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document))
          .contains("first line of a paragraph", "to be sure of it");
    }
  }

  @Test
  void tableCellsWrapInsideTheirColumns() throws IOException {
    try (PDDocument document =
        lay(
            page -> {
              float height =
                  page.table(
                      page.left(),
                      new float[] {60, 200},
                      List.<PdfLayout.Cell[]>of(
                          new PdfLayout.Cell[] {
                            PdfLayout.Cell.of("Scale"), PdfLayout.Cell.of("Note")
                          },
                          new PdfLayout.Cell[] {
                            PdfLayout.Cell.of("A rather long scale name"),
                            PdfLayout.Cell.of("short")
                          }),
                      true,
                      9,
                      12);
              assertThat(height).isGreaterThan(2 * 12 + 9);
            })) {
      assertThat(new PDFTextStripper().getText(document)).contains("A rather long", "scale name");
    }
  }

  /** Text, tables and a page break: what the shrink-to-fit loops measure. */
  private static void content(PdfLayout page) {
    for (int i = 0; i < 12; i++) {
      page.paragraph("Section " + i, PdfLayout.Style.BOLD, 12, Palette.BLUE);
      page.paragraph(
          "words in a paragraph ".repeat(20 + i), PdfLayout.Style.REGULAR, 9, Palette.INK);
      page.table(
          page.left(),
          new float[] {200, 100},
          List.of(
              new PdfLayout.Cell[] {PdfLayout.Cell.of("Scale"), PdfLayout.Cell.of("Score")},
              new PdfLayout.Cell[] {
                PdfLayout.Cell.of("Recharging alone " + i), PdfLayout.Cell.bold("3.5")
              }),
          true,
          8.5f,
          16f);
    }
  }

  @Test
  void aMeasuringLayoutTakesAsManyPagesAsTheDrawnOneAndCannotBeWritten() throws IOException {
    for (float scale : new float[] {1f, 0.8f, 0.6f}) {
      int drawn;
      try (PdfLayout layout =
          new PdfLayout(
              Paper.A4, "Layout test", LocalDate.of(2026, 3, 20), scale, new LineBreaks())) {
        content(layout);
        drawn = layout.pages();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout.finish(out, "Layout test", ReportOptions.defaults(java.nio.file.Path.of("reports")));
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
          assertThat(document.getNumberOfPages()).isEqualTo(drawn);
        }
      }
      try (PdfLayout measure =
          PdfLayout.measuring(
              Paper.A4, "Layout test", LocalDate.of(2026, 3, 20), scale, new LineBreaks())) {
        content(measure);
        assertThat(measure.pages()).isEqualTo(drawn);
        assertThatThrownBy(
                () ->
                    measure.finish(
                        new ByteArrayOutputStream(),
                        "Layout test",
                        ReportOptions.defaults(java.nio.file.Path.of("reports"))))
            .isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void aFittedLayoutIsWrittenAtTheFirstScaleThatFitsAsIfDrawnThereAlone() throws IOException {
    ReportOptions options = ReportOptions.defaults(java.nio.file.Path.of("reports"));
    float[] scales = {1f, 0.8f, 0.6f, 0.5f};
    int maxPages;
    try (PdfLayout full =
        new PdfLayout(Paper.A4, "Layout test", LocalDate.of(2026, 3, 20), 1f, new LineBreaks())) {
      content(full);
      maxPages = full.pages() - 1;
    }
    assertThat(maxPages).isPositive();
    ByteArrayOutputStream fitted = new ByteArrayOutputStream();
    PdfLayout.fitted(
        Paper.A4,
        "Layout test",
        LocalDate.of(2026, 3, 20),
        scales,
        maxPages,
        PdfLayoutTest::content,
        fitted,
        "Layout test",
        options);
    int kept = -1;
    for (int i = 0; i < scales.length && kept < 0; i++) {
      try (PdfLayout layout =
          new PdfLayout(
              Paper.A4, "Layout test", LocalDate.of(2026, 3, 20), scales[i], new LineBreaks())) {
        content(layout);
        if (layout.pages() <= maxPages) {
          kept = i;
          ByteArrayOutputStream alone = new ByteArrayOutputStream();
          layout.finish(alone, "Layout test", options);
          assertThat(fitted.toByteArray()).isEqualTo(alone.toByteArray());
        }
      }
    }
    assertThat(kept).isPositive();
  }

  @Test
  void aChartIsDrawnAsVectorsWithItsTextInTheDocumentsFont() throws IOException {
    Chart chart =
        new Chart(
            200f,
            60f,
            g2 -> {
              g2.setColor(Palette.INK);
              g2.fill(new java.awt.geom.Rectangle2D.Double(10, 10, 120, 12));
              g2.setFont(ChartStyle.TICK);
              g2.drawString("Recharging alone 4.5", 10, 40);
              g2.drawString("\u0627\u0644\u0639\u0632\u0644\u0629", 10, 55);
            });
    try (PDDocument document = lay(page -> page.chart(chart, PdfLayout.SIDE, 400f, 120f))) {
      org.apache.pdfbox.pdmodel.PDResources resources = document.getPage(0).getResources();
      List<org.apache.pdfbox.cos.COSName> names = new java.util.ArrayList<>();
      resources.getXObjectNames().forEach(names::add);
      assertThat(names).hasSize(1);
      org.apache.pdfbox.pdmodel.graphics.PDXObject drawn = resources.getXObject(names.get(0));
      assertThat(drawn).isInstanceOf(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject.class);
      String content =
          new String(
              ((org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) drawn)
                  .getContentStream()
                  .toByteArray(),
              java.nio.charset.StandardCharsets.ISO_8859_1);
      // the bar is a filled path, the Latin label text, the Arabic one (which the chart's own font
      // draws, not Liberation Sans) the filled outlines of its letters
      assertThat(content).containsPattern("(?m) m$").containsPattern("(?m)^f$").contains("Tj");
      assertThat(content.split("(?m)^f$").length - 1).isEqualTo(2);
      assertThat(new PDFTextStripper().getText(document)).contains("Recharging alone 4.5");
    }
  }
}
