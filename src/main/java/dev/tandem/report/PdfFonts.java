package dev.tandem.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF, and how its text is prepared for them. Tandem bundles Liberation Sans
 * (Latin, Greek, Cyrillic and Hebrew, with Helvetica's widths, so layouts keep their measure) and
 * DejaVu Sans (for Arabic), licences beside them in the jar, and falls back, character by
 * character, on fonts found on the machine for other scripts (Chinese, Japanese and Korean from
 * Debian's fonts-droid-fallback, the rest from fonts-noto-core). Fonts are embedded as subsets,
 * only when a page uses them.
 *
 * <p>PDFBox draws characters one by one in the order given, so Arabic is joined first ({@link
 * ArabicShaping}) and right-to-left runs are put in visual order ({@link Bidi}). A character that
 * no font can draw is never replaced by "?": {@link UnprintableTextException} names the script and
 * the Debian package that prints it, and the report is not written.
 */
final class PdfFonts {

  /** The three faces the layout uses. */
  enum Face {
    REGULAR("LiberationSans-Regular.ttf"),
    BOLD("LiberationSans-Bold.ttf"),
    OBLIQUE("LiberationSans-Italic.ttf");

    private final FontFile bundled;

    Face(String resource) {
      this.bundled = FontFile.bundled(resource);
    }
  }

  /** A stretch of text, already in visual order, drawn in one font. */
  record Piece(PDFont font, String text) {}

  /** Bundled beside Liberation Sans for Arabic, which it lacks. */
  private static final FontFile DEJAVU = FontFile.bundled("DejaVuSans.ttf");

  private static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");

  /** Fonts searched on the machine, in order, for characters the bundled face lacks. */
  private static final List<FontFile> SYSTEM = systemFonts();

  /**
   * Droid Sans Fallback for Chinese, Japanese and Korean, then Noto Sans Arabic and Hebrew, then
   * every other regular Noto Sans face present (one per script), read only when a character needs
   * it.
   */
  private static List<FontFile> systemFonts() {
    List<FontFile> fonts = new ArrayList<>();
    fonts.add(
        FontFile.system(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")));
    fonts.add(FontFile.system(NOTO.resolve("NotoSansArabic-Regular.ttf")));
    fonts.add(FontFile.system(NOTO.resolve("NotoSansHebrew-Regular.ttf")));
    try (Stream<Path> files = Files.list(NOTO)) {
      files
          .filter(f -> f.getFileName().toString().matches("NotoSans[A-Za-z]*-Regular\\.ttf"))
          .sorted()
          .filter(f -> fonts.stream().noneMatch(known -> known.location().equals(f.toString())))
          .forEach(f -> fonts.add(FontFile.system(f)));
    } catch (IOException e) {
      // no Noto fonts on this machine: the bundled font and Droid are all there is
    }
    return List.copyOf(fonts);
  }

  /** For each face: its bundled font, DejaVu Sans, then the fonts on the machine. */
  private static final Map<Face, List<FontFile>> CHAINS = chains();

  private static Map<Face, List<FontFile>> chains() {
    Map<Face, List<FontFile>> chains = new EnumMap<>(Face.class);
    for (Face face : Face.values()) {
      List<FontFile> chain = new ArrayList<>();
      chain.add(face.bundled);
      chain.add(DEJAVU);
      chain.addAll(SYSTEM);
      chains.put(face, List.copyOf(chain));
    }
    return chains;
  }

  /** A stretch of text in visual order and the font file that draws it. */
  private record Stretch(FontFile file, String text) {}

  private final PDDocument document;
  private final Map<FontFile, PDFont> plain = new HashMap<>();
  private final Map<FontFile, PDFont> substituted = new HashMap<>();

  PdfFonts(PDDocument document) {
    this.document = Objects.requireNonNull(document, "document must not be null");
  }

  /**
   * The text as pieces to draw left to right: Arabic joined, right-to-left runs reversed, each
   * piece in the first font of the face's chain that has its characters. Tabs and newlines become
   * spaces.
   */
  List<Piece> pieces(String text, Face face) {
    return stretches(text, face).stream().map(this::piece).toList();
  }

  /**
   * The width of the text in points at the given size, as {@link #pieces} draws it. It needs no
   * document: each font file knows its characters' widths, so a layout can be measured before
   * anything is drawn.
   */
  static float width(String text, Face face, float size) {
    if (oneBundledStretch(text, face)) {
      return face.bundled.width(text) / 1000f * size;
    }
    float total = 0;
    for (Stretch stretch : stretches(text, face)) {
      total += stretch.file().width(stretch.text()) / 1000f * size;
    }
    return total;
  }

  /**
   * Whether the text is one stretch in the face's bundled font, as {@link #stretches} would find
   * it, with nothing to reorder, join or replace: every character is a space or one the bundled
   * font has, below the right-to-left scripts (which start with Hebrew at U+0590), and none is a
   * tab or a newline. A layout measures every word; most are such text, and this test costs no
   * allocation.
   */
  private static boolean oneBundledStretch(String text, Face face) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0590 || c == '\n' || c == '\t' || (c != ' ' && !face.bundled.covers(c))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the face's bundled font draws the text as it stands: every character is its own, none
   * needs joining, reordering or substitution. Charts draw such text with {@link #font}.
   */
  static boolean drawsAsIs(String text, Face face) {
    return !Bidi.requiresBidi(text.toCharArray(), 0, text.length())
        && text.codePoints().allMatch(cp -> cp == ' ' || face.bundled.covers(cp))
        && !face.bundled.shapes(text);
  }

  /** The face's bundled font, without glyph substitution, for text {@link #drawsAsIs} accepts. */
  PDFont font(Face face) {
    return plain.computeIfAbsent(face.bundled, f -> load(f, false));
  }

  private static List<Stretch> stretches(String text, Face face) {
    String visual = visualOrder(ArabicShaping.shape(text.replace('\n', ' ').replace('\t', ' ')));
    List<Stretch> stretches = new ArrayList<>();
    FontFile current = null;
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < visual.length(); ) {
      int cp = visual.codePointAt(i);
      i += Character.charCount(cp);
      FontFile file = fontFor(cp, face);
      if (file != current && run.length() > 0) {
        stretches.add(new Stretch(current, run.toString()));
        run.setLength(0);
      }
      current = file;
      run.appendCodePoint(cp);
    }
    if (run.length() > 0) {
      stretches.add(new Stretch(current, run.toString()));
    }
    return stretches;
  }

  private static FontFile fontFor(int cp, Face face) {
    if (cp == ' ' || Character.getType(cp) == Character.FORMAT) {
      return face.bundled;
    }
    for (FontFile file : CHAINS.get(face)) {
      if (file.covers(cp)) {
        return file;
      }
    }
    throw new UnprintableTextException(cp);
  }

  /**
   * The text in the font, drawn with PDFBox's glyph substitution only when it may change something
   * (see {@link FontFile}): the same glyphs either way, without the cost on every line.
   */
  private Piece piece(Stretch stretch) {
    boolean substitution = stretch.file().shapes(stretch.text());
    return new Piece(
        (substitution ? substituted : plain)
            .computeIfAbsent(stretch.file(), f -> load(f, substitution)),
        stretch.text());
  }

  private PDFont load(FontFile file, boolean substitution) {
    try {
      return PDType0Font.load(document, file.parsed(substitution), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text in the order its characters appear on the page, left to right. The pages read left to
   * right, so that is the base direction even of a run that starts with a right-to-left word.
   */
  static String visualOrder(String text) {
    if (!Bidi.requiresBidi(text.toCharArray(), 0, text.length())) {
      return text;
    }
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    String[] runs = new String[count];
    for (int r = 0; r < count; r++) {
      levels[r] = (byte) bidi.getRunLevel(r);
      String run = text.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
      runs[r] = levels[r] % 2 == 1 ? mirrored(new StringBuilder(run).reverse().toString()) : run;
    }
    Bidi.reorderVisually(levels, 0, runs, 0, count);
    return String.join("", runs);
  }

  private static String mirrored(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(
          switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '<' -> '>';
            case '>' -> '<';
            default -> c;
          });
    }
    return out.toString();
  }
}
