package dev.tandem.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The colours and fonts every report shares. Series colours follow the Okabe-Ito palette, which
 * colour-blind readers can tell apart; they are ordered so that neighbours also differ in lightness
 * and stay apart when printed in greyscale. Band zones are three greys of clearly different
 * lightness, so they read the same in colour and in black and white.
 */
final class Palette {

  static final Color BLUE = new Color(0x00, 0x72, 0xB2);
  static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
  static final Color VERMILION = new Color(0xD5, 0x5E, 0x00);
  static final Color SKY = new Color(0x56, 0xB4, 0xE9);
  static final Color GREEN = new Color(0x00, 0x9E, 0x73);
  static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
  static final Color YELLOW = new Color(0xF0, 0xE4, 0x42);
  static final Color INK = new Color(0x22, 0x22, 0x22);
  static final Color GRID = new Color(0xBB, 0xBB, 0xBB);
  static final Color HEADER_FILL = new Color(0xDD, 0xE6, 0xEE);

  /** Grey text for notes and band names: still {@link #AA_CONTRAST} on the darkest band zone. */
  static final Color NOTE = new Color(0x55, 0x55, 0x55);

  /** Softer ink for the handouts' running text. */
  static final Color SOFT = new Color(0x44, 0x44, 0x44);

  /** Lines that mark a chart's regions (not text). */
  static final Color GUIDE = new Color(0x88, 0x88, 0x88);

  /** Series colours in the order charts use them: dark, light, dark, ... */
  static final List<Color> SERIES =
      List.of(BLUE, ORANGE, VERMILION, SKY, GREEN, PURPLE, INK, YELLOW);

  /** Band zones from the lowest band up; more than three bands reuse the lightest ones. */
  static final List<Color> BAND_ZONES =
      List.of(
          new Color(0xF4, 0xF4, 0xF4),
          new Color(0xE2, 0xE2, 0xE2),
          new Color(0xCC, 0xCC, 0xCC),
          new Color(0xEB, 0xEB, 0xEB),
          new Color(0xD6, 0xD6, 0xD6));

  /** The contrast WCAG 2 level AA asks of normal-sized text against its background. */
  static final double AA_CONTRAST = 4.5;

  static final String FONT_FAMILY = Font.SANS_SERIF;

  /**
   * The family cells use: Arial is on every Excel and Google Sheets machine, and LibreOffice has a
   * metric twin (Liberation Sans), so text wraps at the same place everywhere.
   */
  static final String SHEET_FONT = "Arial";

  private Palette() {}

  static Color series(int index) {
    return SERIES.get(index % SERIES.size());
  }

  static Color bandZone(int index) {
    return BAND_ZONES.get(index % BAND_ZONES.size());
  }

  static Font font(int style, float size) {
    return new Font(FONT_FAMILY, style, 1).deriveFont(size);
  }

  /**
   * The colour for text on white: the colour itself when it meets {@link #AA_CONTRAST}, else the
   * same hue darkened just enough (Partner B's orange #E69F00 becomes a brown that keeps its hue).
   */
  static Color text(Color colour) {
    Color text = colour;
    while (contrastOnWhite(text) < AA_CONTRAST) {
      text =
          new Color(
              (int) (text.getRed() * 0.95),
              (int) (text.getGreen() * 0.95),
              (int) (text.getBlue() * 0.95));
    }
    return text;
  }

  /** The WCAG 2 contrast ratio of a colour against white, from 1 (none) to 21. */
  static double contrastOnWhite(Color colour) {
    return contrast(colour, Color.WHITE);
  }

  /** The WCAG 2 contrast ratio of text in one colour on a background of another, 1 to 21. */
  static double contrast(Color text, Color background) {
    double a = luminance(text);
    double b = luminance(background);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private static double luminance(Color colour) {
    return 0.2126 * linear(colour.getRed())
        + 0.7152 * linear(colour.getGreen())
        + 0.0722 * linear(colour.getBlue());
  }

  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  /** The colour as the six hex digits POI and PDF code use. */
  static byte[] rgb(Color color) {
    return new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()};
  }
}
