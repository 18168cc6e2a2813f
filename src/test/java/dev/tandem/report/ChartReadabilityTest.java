package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ChartReadabilityTest {

  @Test
  void contrastIsComputedAsWcagDoesAndPartnerBsOrangeAloneFailsIt() {
    assertThat(Palette.contrastOnWhite(Color.BLACK)).isCloseTo(21, Offset.offset(0.01));
    assertThat(Palette.contrastOnWhite(Palette.ORANGE)).isCloseTo(2.2, Offset.offset(0.1));
  }

  /** A text colour and a background the reports print it on. */
  private record TextOn(String what, Color text, Color background) {}

  static java.util.stream.Stream<TextOn> textOnItsBackground() {
    List<TextOn> pairs = new java.util.ArrayList<>();
    for (Color text :
        List.of(
            Palette.INK,
            Palette.SOFT,
            Palette.NOTE,
            Palette.BLUE,
            CoupleCharts.PARTNER_A_TEXT,
            CoupleCharts.PARTNER_B_TEXT,
            Palette.text(Palette.VERMILION))) {
      pairs.add(new TextOn("text on white", text, Color.WHITE));
    }
    pairs.add(new TextOn("table header", Palette.INK, Palette.HEADER_FILL));
    for (int b = 0; b < 3; b++) {
      pairs.add(new TextOn("band name in profile zone " + b, Palette.NOTE, Palette.bandZone(b)));
      pairs.add(new TextOn("band name in trend zone " + b, Palette.INK, Palette.bandZone(b)));
    }
    pairs.add(new TextOn("handout band name, other bands", Palette.INK, ScoreBar.LIGHT));
    pairs.add(new TextOn("handout band name, the client's band", Palette.INK, ScoreBar.SHADED));
    return pairs.stream();
  }

  @ParameterizedTest
  @MethodSource("textOnItsBackground")
  void everyTextColourMeetsAaContrastOnTheBackgroundItIsPrintedOn(TextOn pair) {
    assertThat(Palette.contrast(pair.text(), pair.background()))
        .as(pair.what() + " " + pair.text() + " on " + pair.background())
        .isGreaterThanOrEqualTo(Palette.AA_CONTRAST);
  }

  @Test
  void theRegionLinesGreyIsNotTextAndWouldFailAa() {
    assertThat(Palette.contrastOnWhite(Palette.GUIDE)).isLessThan(Palette.AA_CONTRAST);
  }

  @Test
  void partnerBsTextKeepsItsOrangeHue() {
    assertThat(CoupleCharts.PARTNER_B_TEXT.getRed())
        .isGreaterThan(CoupleCharts.PARTNER_B_TEXT.getGreen());
  }

  @Test
  void aBandNameTooWideForItsZoneKeepsItsLastWords() {
    Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    g2.setFont(ChartStyle.ZONE_LABEL);
    int merging = g2.getFontMetrics().stringWidth("merging");

    assertThat(ProfileChart.fitting("Leaning to merging", g2, 500)).isEqualTo("Leaning to merging");
    assertThat(ProfileChart.fitting("Leaning to merging", g2, merging + 1)).isEqualTo("merging");
    assertThat(ProfileChart.fitting("Leaning to merging", g2, merging - 1)).isEmpty();
  }

  @Test
  void desireScoresAThirdOfAPointApartGetVisiblyDifferentCircles() {
    assertThat(CoupleCharts.diameter(2.3) - CoupleCharts.diameter(2.0)).isGreaterThanOrEqualTo(1.5);
  }

  @Test
  void partnerAsDotStaysVisibleWhenBothPartnersScoreTheSame() throws IOException {
    CoupleReport.ScaleRow same =
        new CoupleReport.ScaleRow(
            "Need for solitude",
            "Recharging alone",
            false,
            1,
            5,
            OptionalDouble.of(3),
            "Moderate",
            OptionalDouble.of(3),
            "Moderate",
            OptionalDouble.of(0),
            "similar",
            OptionalDouble.of(1));
    CoupleReport report =
        new CoupleReport(
            "C1",
            "Partner A",
            "Partner B",
            List.of(same),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            0,
            List.of(),
            0,
            List.of(),
            List.of());

    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(CoupleCharts.paired(report, 200, 80).png()));

    assertThat(count(image, CoupleCharts.PARTNER_A)).isGreaterThan(20);
    assertThat(count(image, CoupleCharts.PARTNER_B)).isGreaterThan(20);
  }

  /** Pixels of exactly this colour, leaving out the legend at the bottom. */
  private static int count(BufferedImage image, Color colour) {
    int count = 0;
    for (int y = 0; y < image.getHeight() * 2 / 3; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
          count++;
        }
      }
    }
    return count;
  }
}
