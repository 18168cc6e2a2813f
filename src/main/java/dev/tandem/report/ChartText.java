package dev.tandem.report;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * How a chart drawn as vectors into a PDF writes its text: as text in the PDF's own Liberation Sans
 * face matching the chart font's style (bold, italic, regular), so it is selectable and costs a few
 * bytes, not the outlines of every letter. The chart measures its labels with the same font, so
 * they fit as laid out. Text that font cannot draw as it stands (another script, right-to-left,
 * letters PDFBox would substitute) is drawn as the outlines of the chart font's letters instead.
 */
final class ChartText extends PdfBoxGraphics2DFontTextDrawer {

  private final PdfFonts fonts;

  ChartText(PdfFonts fonts) {
    this.fonts = Objects.requireNonNull(fonts, "fonts must not be null");
  }

  @Override
  public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env)
      throws IOException, FontFormatException {
    StringBuilder text = new StringBuilder();
    for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
      text.append(c);
    }
    iterator.first();
    return PdfFonts.drawsAsIs(text.toString(), face(env.getFont()))
        && super.canDrawText(iterator, env);
  }

  @Override
  protected PDFont mapFont(Font font, IFontTextDrawerEnv env) {
    return fonts.font(face(font));
  }

  private static PdfFonts.Face face(Font font) {
    if (font.isBold()) {
      return PdfFonts.Face.BOLD;
    }
    return font.isItalic() ? PdfFonts.Face.OBLIQUE : PdfFonts.Face.REGULAR;
  }
}
