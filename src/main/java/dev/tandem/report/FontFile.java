package dev.tandem.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One font file, bundled in the jar or on the machine, shared by every PDF of a run: its bytes are
 * read once, its character map parsed once, and each thread parses it once (with glyph substitution
 * on, and off) for all the documents it writes in turn. PDFBox reads a parsed font while it embeds
 * a document's subset, so a parse is never used by two threads at once.
 *
 * <p>It also knows which characters PDFBox's glyph substitution (the font's GSUB table) can change.
 * PDFBox applies the substitution on every {@code showText} and compiles a pattern of every
 * substitution each time, which cost three quarters of a 100-couple run; for the Latin fonts Tandem
 * bundles, only a few rare characters (tone letters in Liberation Sans) are ever substituted. So a
 * document draws text without those characters from a copy of the font with substitution off, which
 * draws the same glyphs, and the rest from a copy with it on.
 */
final class FontFile {

  private final String location;
  private final boolean inJar;
  private final Map<Integer, Boolean> coverage = new ConcurrentHashMap<>();
  private final Map<Integer, Float> advances = new ConcurrentHashMap<>();
  private byte[] bytes;
  private CmapLookup cmap;
  private Shaping shaping;
  private PDFont measuring;
  private boolean readable = true;

  /** This thread's parses, with glyph substitution off ([0]) and on ([1]). */
  private final ThreadLocal<TrueTypeFont[]> parsed =
      ThreadLocal.withInitial(() -> new TrueTypeFont[2]);

  /** Which characters the font's glyph substitution, as PDFBox applies it, can change. */
  private record Shaping(boolean everything, Set<Integer> codePoints) {
    static final Shaping NONE = new Shaping(false, Set.of());
    static final Shaping ALL = new Shaping(true, Set.of());
  }

  private FontFile(String location, boolean inJar) {
    this.location = location;
    this.inJar = inJar;
  }

  static FontFile bundled(String resource) {
    return new FontFile("fonts/" + resource, true);
  }

  static FontFile system(Path path) {
    return new FontFile(path.toString(), false);
  }

  /** Where the file is: a resource beside this class, or a path on the machine. */
  String location() {
    return location;
  }

  /** True when the font has a glyph for the character; false when the file is not there. */
  boolean covers(int cp) {
    return coverage.computeIfAbsent(cp, c -> lookup().map(l -> l.getGlyphId(c) != 0).orElse(false));
  }

  /**
   * The text's width in thousandths of the font size, exactly as {@link PDFont#getStringWidth}
   * gives it (the same widths, added in the same order), from each character's width measured once
   * per run.
   */
  float width(String text) {
    float total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      Float advance = advances.get(cp);
      if (advance == null) {
        advance = measured(cp);
        advances.put(cp, advance);
      }
      total += advance;
    }
    return total;
  }

  /**
   * The character's width from a copy of the font kept for measuring, in a document that is never
   * written.
   */
  private synchronized float measured(int cp) {
    try {
      if (measuring == null) {
        measuring = PDType0Font.load(new PDDocument(), parse(false), true);
      }
      return measuring.getStringWidth(Character.toString(cp));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * True when PDFBox's glyph substitution may draw the text otherwise than glyph by glyph, so it
   * has to be drawn with substitution on.
   */
  boolean shapes(String text) {
    Shaping known = shaping();
    return known.everything() || text.codePoints().anyMatch(known.codePoints()::contains);
  }

  /**
   * The font parsed with glyph substitution on or off, for the documents this thread writes: parsed
   * the first time the thread asks, and never closed (its bytes are in memory).
   */
  TrueTypeFont parsed(boolean substitution) {
    TrueTypeFont[] fonts = parsed.get();
    int index = substitution ? 1 : 0;
    if (fonts[index] == null) {
      fonts[index] = parse(substitution);
    }
    return fonts[index];
  }

  private TrueTypeFont parse(boolean substitution) {
    try {
      TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytesRead()));
      font.setEnableGsub(substitution);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private synchronized Shaping shaping() {
    lookup();
    return shaping;
  }

  private synchronized byte[] bytesRead() throws IOException {
    if (bytes == null) {
      try (InputStream in = open()) {
        bytes = in.readAllBytes();
      }
    }
    return bytes;
  }

  private InputStream open() throws IOException {
    if (inJar) {
      InputStream in = FontFile.class.getResourceAsStream(location);
      if (in == null) {
        throw new IOException("the font " + location + " is missing from Tandem's jar");
      }
      return in;
    }
    return Files.newInputStream(Path.of(location));
  }

  /**
   * The character map, read once with what substitution changes; empty when not on this machine.
   */
  private synchronized Optional<CmapLookup> lookup() {
    if (cmap == null && readable) {
      if (!inJar && !Files.isReadable(Path.of(location))) {
        readable = false;
        shaping = Shaping.NONE;
        return Optional.empty();
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytesRead()))) {
        cmap = font.getUnicodeCmapLookup();
        shaping = shaping(font.getGsubData(), cmap);
      } catch (IOException e) {
        readable = false;
        shaping = Shaping.NONE;
      }
    }
    return Optional.ofNullable(cmap);
  }

  /**
   * What PDFBox's substitution can change: nothing without a GSUB table; for Latin and fonts
   * without a script, the characters of every substitution that PDFBox's own worker changes when
   * given it alone (it applies a few features, each a plain look-up of glyph sequences); for the
   * scripts PDFBox shapes (Bengali, Devanagari, Gujarati), everything.
   */
  private static Shaping shaping(GsubData gsub, CmapLookup cmap) {
    if (gsub == GsubData.NO_DATA_FOUND) {
      return Shaping.NONE;
    }
    Language language = gsub.getLanguage();
    if (language != Language.LATIN
        && language != Language.DFLT
        && language != Language.UNSPECIFIED) {
      return Shaping.ALL;
    }
    GsubWorker worker = new GsubWorkerFactory().getGsubWorker(cmap, gsub);
    Set<Integer> codePoints = new HashSet<>();
    for (String name : gsub.getSupportedFeatures()) {
      ScriptFeature feature = gsub.getFeature(name);
      for (List<Integer> glyphs : feature.getAllGlyphIdsForSubstitution()) {
        if (!worker.applyTransforms(glyphs).equals(glyphs)) {
          for (int glyph : glyphs) {
            List<Integer> characters = cmap.getCharCodes(glyph);
            if (characters != null) { // a glyph only an earlier substitution makes
              codePoints.addAll(characters);
            }
          }
        }
      }
    }
    return new Shaping(false, Set.copyOf(codePoints));
  }
}
