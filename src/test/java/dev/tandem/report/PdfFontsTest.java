package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.report.output.Reproducible;
import dev.tandem.report.output.WriteResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfFontsTest {

  static final List<String> NAMES =
      List.of("Łukasz Żółw", "Анна Петрова", "Ελένη Παπαδοπούλου", "王小明", "أحمد علي", "נועה כהן");

  private static String text(java.util.function.Consumer<PdfLayout> content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfLayout layout =
        new PdfLayout(Paper.A4, "Fonts", LocalDate.of(2026, 3, 20), 1f, new LineBreaks())) {
      content.accept(layout);
      layout.finish(out, "Fonts", ReportOptions.defaults(Path.of("reports")));
    }
    try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
      return new PDFTextStripper().getText(document);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Łukasz Żółw",
        "Анна Петрова",
        "Ελένη Παπαδοπούλου",
        "王小明",
        "أحمد علي",
        "נועה כהן"
      })
  void namesInEveryScriptComeBackFromThePdfText(String name) throws IOException {
    String text =
        text(
            page -> {
              page.paragraph("Client: " + name, PdfLayout.Style.BOLD, 12, Palette.INK);
              page.paragraph(
                  List.of(
                      new PdfLayout.Run("Partner: ", PdfLayout.Style.BOLD),
                      new PdfLayout.Run(name, PdfLayout.Style.ITALIC)),
                  10,
                  Palette.INK);
            });
    assertThat(text).contains("Client: " + name, "Partner: " + name).doesNotContain("?");
  }

  @Test
  void arabicLettersAreJoinedAndRightToLeftTextIsInVisualOrder() {
    assertThat(ArabicShaping.shape("علي")).isEqualTo("\uFECB\uFEE0\uFEF2");
    assertThat(ArabicShaping.shape("لا")).isEqualTo("\uFEFB");
    assertThat(ArabicShaping.shape("Anna")).isEqualTo("Anna");
    assertThat(PdfFonts.visualOrder("Noa: נועה כהן")).isEqualTo("Noa: ןהכ העונ");
  }

  @Test
  void aCharacterNoFontHasFailsTheReportNamingTheScriptAndThePackage(@TempDir Path folder) {
    String tangut = new String(Character.toChars(0x17000));
    assertThatThrownBy(
            () -> text(page -> page.paragraph(tangut, PdfLayout.Style.REGULAR, 10, Palette.INK)))
        .isInstanceOf(UnprintableTextException.class)
        .hasMessage(
            "the text has Tangut characters that no font on this machine can print; install the Debian "
                + "package fonts-noto-core (sudo apt-get install fonts-noto-core) and run Tandem again");
    WriteResult result =
        OutputFiles.write(
            folder.resolve("client-x.pdf"),
            ReportOptions.defaults(folder),
            out ->
                text(
                    page ->
                        page.paragraph("Client " + tangut, PdfLayout.Style.BOLD, 10, Palette.INK)));
    assertThat(result.failed()).isTrue();
    assertThat(result.message())
        .startsWith(folder.resolve("client-x.pdf") + " was not written: the text has Tangut");
    assertThat(Files.exists(folder.resolve("client-x.pdf"))).isFalse();
  }

  /** Liberation Sans's tone letters, the only characters PDFBox's substitution changes in it. */
  private static final String TONES = "tone \u02E5\u02E9";

  private static final String EVERYDAY =
      "Client report: Łukasz Żółw, 12 Mar 2026 – “Recharging alone” (High; 5 of 6) fi fl ffi";

  /** The page's content stream after drawing the text in the font, substitution on or off. */
  private static byte[] drawn(FontFile file, boolean substitution, String text) throws IOException {
    try (PDDocument document = withText(file, substitution, text);
        var contents = document.getPage(0).getContents()) {
      return contents.readAllBytes();
    }
  }

  /** A one-page document with the text drawn in the font, substitution on or off. */
  private static PDDocument withText(FontFile file, boolean substitution, String text)
      throws IOException {
    PDDocument document = new PDDocument();
    PDPage page = new PDPage();
    document.addPage(page);
    PDType0Font font = PDType0Font.load(document, file.parsed(substitution), true);
    try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
      stream.beginText();
      stream.setFont(font, 10);
      stream.showText(text);
      stream.endText();
    }
    return document;
  }

  @Test
  void textWithoutTheCharactersSubstitutionChangesIsDrawnAsPdfBoxsSubstitutionWouldDrawIt()
      throws IOException {
    FontFile liberation = FontFile.bundled("LiberationSans-Regular.ttf");
    assertThat(liberation.shapes(EVERYDAY)).isFalse();
    assertThat(drawn(liberation, false, EVERYDAY)).isEqualTo(drawn(liberation, true, EVERYDAY));
    assertThat(liberation.shapes(TONES)).isTrue();
    assertThat(drawn(liberation, false, TONES)).isNotEqualTo(drawn(liberation, true, TONES));
  }

  @Test
  void onlyTextThatSubstitutionChangesIsDrawnWithSubstitutionOn() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(document);
      PdfFonts.Piece everyday = fonts.pieces(EVERYDAY, PdfFonts.Face.REGULAR).get(0);
      PdfFonts.Piece tones = fonts.pieces(TONES, PdfFonts.Face.REGULAR).get(0);
      assertThat(((PDType0Font) everyday.font()).getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
      assertThat(((PDType0Font) tones.font()).getGsubData()).isNotSameAs(GsubData.NO_DATA_FOUND);
      assertThat(fonts.pieces("Anna", PdfFonts.Face.REGULAR).get(0).font())
          .isSameAs(everyday.font());
    }
  }

  @Test
  void aTextIsAsWideAsThePiecesPdfBoxDrawsInEveryScript() throws IOException {
    List<String> texts =
        List.of(
            "Need for closeness",
            "Zofia Wąsowska-Łęcka",
            "Дмитрий Соколов",
            "Ελένη Παπαδοπούλου",
            "王芳 and Ana",
            "ليلى حداد",
            "tab\tand\nnewline",
            "");
    try (PDDocument document = new PDDocument()) {
      PdfFonts fonts = new PdfFonts(document);
      for (PdfFonts.Face face : PdfFonts.Face.values()) {
        for (String text : texts) {
          float drawn = 0;
          for (PdfFonts.Piece piece : fonts.pieces(text, face)) {
            drawn += piece.font().getStringWidth(piece.text()) / 1000f * 9f;
          }
          assertThat(PdfFonts.width(text, face, 9f)).as(face + " " + text).isEqualTo(drawn);
        }
      }
    }
  }

  @Test
  void aFontParsedOnceServesEveryDocumentOfTheThreadAlike() throws IOException {
    FontFile liberation = FontFile.bundled("LiberationSans-Regular.ttf");
    assertThat(liberation.parsed(false)).isSameAs(liberation.parsed(false));
    byte[] first = saved(liberation, EVERYDAY);
    saved(liberation, "Other letters: QXZ 0123456789 ÆØÅ");
    assertThat(saved(liberation, EVERYDAY)).isEqualTo(first);
  }

  /** A whole saved document with the text in the font, its subset embedded. */
  private static byte[] saved(FontFile file, String text) throws IOException {
    try (PDDocument document = withText(file, false, text)) {
      Reproducible.stamp(document, "shared font", Instant.EPOCH);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
