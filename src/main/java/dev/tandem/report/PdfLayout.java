package dev.tandem.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import dev.tandem.report.output.Protection;
import dev.tandem.report.output.Reproducible;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.util.Matrix;

/**
 * A small flowing page layout on PDFBox: wrapped text, simple tables and charts go down the page
 * and onto new pages as needed; {@link #finish} adds the report title (which names whom the report
 * is about) and the practice name at the top of every page and "Confidential", the print date and
 * "Page X of Y" at the bottom, and sets the document's title, author (the practice) and language.
 * All sizes are in points and multiplied by {@code scale}, so a report can be shrunk as a whole to
 * fit a page budget.
 */
final class PdfLayout implements AutoCloseable {

  enum Style {
    REGULAR(PdfFonts.Face.REGULAR),
    BOLD(PdfFonts.Face.BOLD),
    ITALIC(PdfFonts.Face.OBLIQUE);

    private final PdfFonts.Face face;

    Style(PdfFonts.Face face) {
      this.face = face;
    }
  }

  /** A piece of text in one style, for paragraphs that mix bold and regular. */
  record Run(String text, Style style) {}

  /** A table cell: its text, style and whether it is centred. */
  record Cell(String text, Style style, boolean centred) {
    static Cell of(String text) {
      return new Cell(text, Style.REGULAR, false);
    }

    static Cell centred(String text) {
      return new Cell(text, Style.REGULAR, true);
    }

    static Cell bold(String text) {
      return new Cell(text, Style.BOLD, true);
    }
  }

  static final float SIDE = 48f;
  private static final float TOP = 58f;
  private static final float BOTTOM = 54f;
  private static final float LEADING = 1.28f;
  private static final float CELL_PAD = 3f;

  /** Every report is written in English. */
  static final String LANGUAGE = "en";

  /**
   * zlib's level for the documents' streams (pages, charts, font subsets) instead of PDFBox's
   * default 6: on the streams of 40 of a 100-couple run's PDFs (5.4 MB) level 2 took 66 ms instead
   * of 106 ms, for 6% more bytes. PDFBox reads the level from a system property only; one given on
   * the command line is left as it is.
   */
  static final int DEFLATE_LEVEL = 2;

  static {
    if (System.getProperty(Filter.SYSPROP_DEFLATELEVEL) == null) {
      System.setProperty(Filter.SYSPROP_DEFLATELEVEL, Integer.toString(DEFLATE_LEVEL));
    }
  }

  private final PDDocument document = new PDDocument();
  private final Paper paper;
  private final String title;
  private final LocalDate date;
  private final float scale;
  private final boolean drawing;
  private final PdfFonts fonts = new PdfFonts(document);
  private final ChartText chartText = new ChartText(fonts);
  private final LineBreaks lineBreaks;
  private PDPageContentStream stream;
  private int pages;
  private float y;

  /**
   * A layout that draws what is laid on it, to be {@link #finish finished} as a PDF; its paragraphs
   * are broken into lines through the run's {@code lineBreaks}.
   */
  PdfLayout(Paper paper, String title, LocalDate date, float scale, LineBreaks lineBreaks) {
    this(paper, title, date, scale, lineBreaks, true);
  }

  private PdfLayout(
      Paper paper,
      String title,
      LocalDate date,
      float scale,
      LineBreaks lineBreaks,
      boolean drawing) {
    this.paper = Objects.requireNonNull(paper, "paper must not be null");
    this.title = Objects.requireNonNull(title, "title must not be null");
    this.date = Objects.requireNonNull(date, "date must not be null");
    this.scale = scale;
    this.lineBreaks = Objects.requireNonNull(lineBreaks, "lineBreaks must not be null");
    this.drawing = drawing;
    newPage();
  }

  /**
   * A layout that only measures: the same pages, breaks and positions as a drawing layout of the
   * same content, without drawing text, lines or images; it cannot be finished.
   */
  static PdfLayout measuring(
      Paper paper, String title, LocalDate date, float scale, LineBreaks lineBreaks) {
    return new PdfLayout(paper, title, date, scale, lineBreaks, false);
  }

  /**
   * Lays the content at each scale in turn, measuring only, and draws and writes it at the first
   * scale where it takes at most {@code maxPages} pages, or at the last scale; so only the layout
   * that is kept is drawn.
   */
  static void fitted(
      Paper paper,
      String title,
      LocalDate date,
      float[] scales,
      int maxPages,
      Consumer<PdfLayout> content,
      OutputStream out,
      String identity,
      ReportOptions options)
      throws IOException {
    for (int i = 0; i < scales.length; i++) {
      if (i < scales.length - 1) {
        try (PdfLayout measure = measuring(paper, title, date, scales[i], options.lineBreaks())) {
          content.accept(measure);
          if (measure.pages() > maxPages) {
            continue;
          }
        }
      }
      try (PdfLayout layout = new PdfLayout(paper, title, date, scales[i], options.lineBreaks())) {
        content.accept(layout);
        layout.finish(out, identity, options);
        return;
      }
    }
  }

  float width() {
    return paper.widthPoints() - 2 * SIDE;
  }

  float left() {
    return SIDE;
  }

  float scaled(float points) {
    return points * scale;
  }

  int pages() {
    return pages;
  }

  void newPage() {
    pages++;
    y = paper.heightPoints() - TOP;
    if (!drawing) {
      return;
    }
    try {
      closeStream();
      PDPage page = new PDPage(paper.pdfSize());
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a new page unless {@code points} still fit below the cursor. */
  void ensureSpace(float points) {
    if (y - points < BOTTOM) {
      newPage();
    }
  }

  void space(float points) {
    y -= scaled(points);
  }

  /** A paragraph in one style, wrapped to the full width. */
  void paragraph(String text, Style style, float size, Color color) {
    paragraph(List.of(new Run(text, style)), size, color);
  }

  /**
   * A paragraph of runs, wrapped to the full width. A paragraph that fits on a page is kept on one
   * page; a longer one flows onto the next.
   */
  void paragraph(List<Run> runs, float size, Color color) {
    float fontSize = scaled(size);
    float leading = fontSize * LEADING;
    List<List<Run>> lines = wrap(runs, fontSize, width());
    float height = lines.size() * leading;
    if (height < paper.heightPoints() - TOP - BOTTOM) {
      ensureSpace(height);
    }
    for (List<Run> line : lines) {
      ensureSpace(leading);
      y -= leading;
      drawLine(line, left(), y + (leading - fontSize) / 2, fontSize, color);
    }
  }

  /** Lays a table at x across the given column widths; returns its height. Rows are not split. */
  float table(
      float x, float[] widths, List<Cell[]> rows, boolean header, float size, float minRowHeight) {
    float fontSize = scaled(size);
    float leading = fontSize * LEADING;
    float top = y;
    try {
      for (int r = 0; r < rows.size(); r++) {
        Cell[] cells = rows.get(r);
        List<List<List<Run>>> wrapped = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
          List<List<Run>> cellLines =
              wrap(
                  List.of(new Run(cells[c].text(), cells[c].style())),
                  fontSize,
                  widths[c] - 2 * scaled(CELL_PAD));
          wrapped.add(cellLines);
          lines = Math.max(lines, cellLines.size());
        }
        float height = Math.max(scaled(minRowHeight), lines * leading + 2 * scaled(CELL_PAD));
        ensureSpace(height);
        if (!drawing) {
          y -= height;
          continue;
        }
        float cx = x;
        for (int c = 0; c < cells.length; c++) {
          boolean isHeader = header && r == 0;
          stream.setNonStrokingColor(isHeader ? Palette.HEADER_FILL : Color.WHITE);
          stream.addRect(cx, y - height, widths[c], height);
          stream.fill();
          stream.setStrokingColor(Palette.GRID);
          stream.setLineWidth(0.5f);
          stream.addRect(cx, y - height, widths[c], height);
          stream.stroke();
          List<List<Run>> cellLines = wrapped.get(c);
          float textTop = y - (height - cellLines.size() * leading) / 2;
          for (int l = 0; l < cellLines.size(); l++) {
            List<Run> line = cellLines.get(l);
            float lineWidth = width(line, fontSize);
            float tx =
                cells[c].centred() || isHeader
                    ? cx + (widths[c] - lineWidth) / 2
                    : cx + scaled(CELL_PAD);
            drawLine(
                line,
                tx,
                textTop - (l + 1) * leading + (leading - fontSize) / 2 + fontSize * 0.1f,
                fontSize,
                Palette.INK);
          }
          cx += widths[c];
        }
        y -= height;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return top - y;
  }

  /**
   * Draws a chart as vector paths with its top-left corner at (x, top of the cursor), stretched to
   * {@code width} by {@code height} points; the cursor does not move. Its text is set in the
   * document's fonts (see {@link ChartText}).
   */
  void chart(Chart chart, float x, float width, float height) {
    if (!drawing) {
      return;
    }
    try {
      PdfBoxGraphics2D g2 =
          new PdfBoxGraphics2D(document, chart.widthPoints(), chart.heightPoints());
      g2.setFontTextDrawer(chartText);
      try {
        chart.paint(g2);
      } finally {
        g2.dispose();
      }
      stream.saveGraphicsState();
      Matrix place = Matrix.getTranslateInstance(x, y - height);
      place.scale(width / chart.widthPoints(), height / chart.heightPoints());
      stream.transform(place);
      stream.drawForm(g2.getXFormObject());
      stream.restoreGraphicsState();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Moves the cursor down by an already scaled amount, e.g. past an image. */
  void advance(float points) {
    y -= points;
  }

  /** Adds the running header and footer to every page and writes the document. */
  void finish(OutputStream out, String identity, ReportOptions options) throws IOException {
    if (!drawing) {
      throw new IllegalStateException("a measuring layout has nothing to write");
    }
    closeStream();
    int total = document.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream decor =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        float fontSize = 8f;
        float top = paper.heightPoints() - 32f;
        text(decor, Style.BOLD, 9f, SIDE, top, Palette.INK, title);
        if (options.practice().isPresent()) {
          String practice = options.practice().get();
          float practiceWidth = stringWidth(practice, Style.REGULAR, fontSize);
          text(
              decor,
              Style.REGULAR,
              fontSize,
              paper.widthPoints() - SIDE - practiceWidth,
              top,
              Palette.INK,
              practice);
        }
        float base = 30f;
        text(decor, Style.REGULAR, fontSize, SIDE, base, Palette.INK, PrintLayout.CONFIDENTIAL);
        String when = Formats.printed(date);
        float whenWidth = stringWidth(when, Style.REGULAR, fontSize);
        text(
            decor,
            Style.REGULAR,
            fontSize,
            (paper.widthPoints() - whenWidth) / 2,
            base,
            Palette.INK,
            when);
        String pageText = "Page " + (i + 1) + " of " + total;
        float pageWidth = stringWidth(pageText, Style.REGULAR, fontSize);
        text(
            decor,
            Style.REGULAR,
            fontSize,
            paper.widthPoints() - SIDE - pageWidth,
            base,
            Palette.INK,
            pageText);
        decor.setStrokingColor(Palette.GRID);
        decor.setLineWidth(0.5f);
        decor.moveTo(SIDE, top - 5);
        decor.lineTo(paper.widthPoints() - SIDE, top - 5);
        decor.stroke();
      }
    }
    describe(options);
    Reproducible.stamp(document, identity, options.stamp());
    if (options.password().isPresent()) {
      Protection.protect(document, options.password().get());
    }
    document.save(out);
  }

  /**
   * Title, author and language, which screen readers and PDF viewers show; the viewer shows the
   * title.
   */
  private void describe(ReportOptions options) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(title);
    info.setCreator("Tandem");
    options.practice().ifPresent(info::setAuthor);
    document.getDocumentCatalog().setLanguage(LANGUAGE);
    PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
    preferences.setDisplayDocTitle(true);
    document.getDocumentCatalog().setViewerPreferences(preferences);
  }

  @Override
  public void close() {
    try {
      closeStream();
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  private void drawLine(List<Run> line, float x, float baseline, float fontSize, Color color) {
    if (!drawing) {
      return;
    }
    try {
      float cx = x;
      for (Run run : line) {
        text(stream, run.style(), fontSize, cx, baseline, color, run.text());
        cx += stringWidth(run.text(), run.style(), fontSize);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void text(
      PDPageContentStream target,
      Style style,
      float size,
      float x,
      float baseline,
      Color color,
      String text)
      throws IOException {
    target.beginText();
    target.setNonStrokingColor(color);
    target.newLineAtOffset(x, baseline);
    for (PdfFonts.Piece piece : fonts.pieces(text, style.face)) {
      target.setFont(piece.font(), size);
      target.showText(piece.text());
    }
    target.endText();
  }

  float stringWidth(String text, Style style, float size) {
    return PdfFonts.width(text, style.face, size);
  }

  private float width(List<Run> line, float size) {
    float total = 0;
    for (Run run : line) {
      total += stringWidth(run.text(), run.style(), size);
    }
    return total;
  }

  /**
   * Breaks runs into lines no wider than {@code maxWidth}; newlines in the text start new lines.
   * The same text at the same size and width breaks the same way in every layout, the measuring one
   * and the drawing one, and in every report (the handouts' and reports' fixed texts), so the lines
   * are remembered ({@link LineBreaks}).
   */
  private List<List<Run>> wrap(List<Run> runs, float size, float maxWidth) {
    return lineBreaks.lines(runs, size, maxWidth, () -> breakLines(runs, size, maxWidth));
  }

  private static List<List<Run>> breakLines(List<Run> runs, float size, float maxWidth) {
    List<List<Run>> lines = new ArrayList<>();
    List<Run> line = new ArrayList<>();
    float lineWidth = 0;
    float space = PdfFonts.width(" ", Style.REGULAR.face, size);
    for (Run run : runs) {
      String[] paragraphs = run.text().split("\n", -1);
      for (int p = 0; p < paragraphs.length; p++) {
        if (p > 0) {
          lines.add(line);
          line = new ArrayList<>();
          lineWidth = 0;
        }
        for (String word : paragraphs[p].split(" +")) {
          if (word.isEmpty()) {
            continue;
          }
          float wordWidth = PdfFonts.width(word, run.style().face, size);
          if (!line.isEmpty() && lineWidth + space + wordWidth > maxWidth) {
            lines.add(line);
            line = new ArrayList<>();
            lineWidth = 0;
          }
          boolean first = line.isEmpty();
          String piece = first ? word : " " + word;
          Run last = first ? null : line.get(line.size() - 1);
          if (last != null && last.style() == run.style()) {
            // one run per style and line, so that right-to-left words keep their order on the page
            line.set(line.size() - 1, new Run(last.text() + piece, run.style()));
          } else {
            line.add(new Run(piece, run.style()));
          }
          lineWidth += (first ? 0 : space) + wordWidth;
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }
}
