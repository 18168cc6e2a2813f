package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.couples.Partner;
import dev.tandem.questionnaire.Band;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScaleScore;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Every kind of chart a report prints is rendered, and what tells its parts apart (one person from
 * the other, one band from the next) must still differ when the page is printed in black and white:
 * each part's colour must really be drawn, and any two parts' colours must be at least {@link
 * #MIN_GREY_STEP} grey levels apart once turned to grey the way a printer does (Rec. 601 luma).
 */
class GreyscaleChartTest {

  /** Grey levels (of 255) two parts must differ by to be told apart on a greyscale print. */
  static final int MIN_GREY_STEP = 15;

  /** Pixels of a part's own colour a chart must show for that part to count as drawn. */
  private static final int DRAWN = 40;

  private static final Client ana =
      ReportFixtures.client("ana@example.org", "Ana", "C01", 1, 3.6, 0, 7);
  private static final Client ben =
      ReportFixtures.client("ben@example.org", "Ben", "C01", 2, 2.2, 0.5, 11);

  @Test
  void aClientsProfileShowsItsBarsAndEveryBandZoneApartInGrey() throws IOException {
    List<ScaleScore> scores = ana.latest().scores().get(0).scales();

    BufferedImage image = read(ProfileChart.image(scores, 300f, 160f));

    assertApartInGrey(image, withZones(Map.of("bars", Palette.series(0)), 3));
  }

  @Test
  void aCouplesProfileShowsBothPeopleAndEveryBandZoneApartInGrey() throws IOException {
    BufferedImage image =
        read(
            ProfileChart.image(
                List.of("Ana", "Ben"),
                List.of(
                    ana.latest().scores().get(0).scales(), ben.latest().scores().get(0).scales()),
                300f,
                200f));

    assertApartInGrey(
        image, withZones(Map.of("Ana", Palette.series(0), "Ben", Palette.series(1)), 3));
  }

  @Test
  void theProgressChartsShowTheLineAndEveryBandZoneApartInGrey() throws IOException {
    ClientReport report = ClientReport.of(ben, ReportFixtures.questionnaires());

    BufferedImage image = read(TrendChart.image(report.progress(), 500f));

    assertApartInGrey(image, withZones(Map.of("line", Palette.BLUE), 3));
  }

  @Test
  void theCouplesPairedScoresShowBothPartnersApartInGrey() throws IOException {
    BufferedImage image = read(CoupleCharts.paired(couple(), 240f, 120f));

    assertApartInGrey(
        image, Map.of("partner A", CoupleCharts.PARTNER_A, "partner B", CoupleCharts.PARTNER_B));
  }

  @Test
  void theClosenessPictureShowsBothPartnersApartInGrey() throws IOException {
    BufferedImage image = read(CoupleCharts.closeness(couple(), 240f, 200f));

    assertApartInGrey(
        image, Map.of("partner A", CoupleCharts.PARTNER_A, "partner B", CoupleCharts.PARTNER_B));
  }

  @Test
  void theHandoutsScoreBarShowsTheClientsBandApartFromTheOthersInGrey() throws IOException {
    List<Band> bands =
        ReportFixtures.questionnaires().get(0).scales().get(0).bands().stream().toList();
    ClientHandout.ScaleBlock block =
        new ClientHandout.ScaleBlock(
            "Recharging alone",
            "",
            OptionalDouble.of(3),
            1,
            5,
            bands,
            Optional.of(bands.get(1)),
            Optional.empty());

    BufferedImage image = read(ScoreBar.image(block, 200f));

    assertApartInGrey(
        image,
        Map.of(
            "other bands",
            ScoreBar.LIGHT,
            "the client's band",
            ScoreBar.SHADED,
            "marker",
            Color.BLACK));
  }

  @Test
  void theCheckFailsWhenTwoPartsShareAGrey() {
    BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
    Color red = new Color(0x99, 0x33, 0x33);
    Color sameGrey = new Color(0x33, 0x66, 0x33);
    for (int x = 0; x < 20; x++) {
      for (int y = 0; y < 20; y++) {
        image.setRGB(x, y, (x < 10 ? red : sameGrey).getRGB());
      }
    }

    assertThat(grey(red)).isCloseTo(grey(sameGrey), org.assertj.core.data.Offset.offset(3.0));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertApartInGrey(image, Map.of("red", red, "green", sameGrey)))
        .isInstanceOf(AssertionError.class);
  }

  /** The parts plus the first {@code count} band zones. */
  private static Map<String, Color> withZones(Map<String, Color> parts, int count) {
    Map<String, Color> all = new LinkedHashMap<>(parts);
    for (int b = 0; b < count; b++) {
      all.put("band zone " + (b + 1), Palette.bandZone(b));
    }
    return all;
  }

  static void assertApartInGrey(BufferedImage image, Map<String, Color> parts) {
    List<Map.Entry<String, Color>> entries = new ArrayList<>(parts.entrySet());
    for (Map.Entry<String, Color> part : entries) {
      assertThat(count(image, part.getValue()))
          .as("pixels drawn in the colour of " + part.getKey())
          .isGreaterThanOrEqualTo(DRAWN);
    }
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        assertThat(Math.abs(grey(entries.get(i).getValue()) - grey(entries.get(j).getValue())))
            .as("grey levels of %s and %s", entries.get(i).getKey(), entries.get(j).getKey())
            .isGreaterThanOrEqualTo(MIN_GREY_STEP);
      }
    }
  }

  /** The grey a printer gives a colour, 0 (black) to 255 (white). */
  static double grey(Color colour) {
    return 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue();
  }

  private static int count(BufferedImage image, Color colour) {
    int rgb = colour.getRGB() & 0xFFFFFF;
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
          count++;
        }
      }
    }
    return count;
  }

  private static BufferedImage read(ChartImage chart) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(chart.png()));
  }

  private static CoupleReport couple() {
    List<CoupleReport.ScaleRow> rows =
        List.of(
            row("Recharging alone", 4.2, 2.1),
            row("Room of one's own", 3.0, 3.0),
            row("Signs of unmet need", 1.8, 3.6));
    List<CoupleReport.Point> points =
        List.of(
            new CoupleReport.Point(Partner.A, "Partner A", 2.2, 3.8, 3.5),
            new CoupleReport.Point(Partner.B, "Partner B", 4.1, 1.9, 2.0));
    return new CoupleReport(
        "C1",
        "Partner A",
        "Partner B",
        rows,
        points,
        List.of(),
        List.of(),
        List.of(),
        0,
        List.of(),
        0,
        List.of(),
        List.of());
  }

  private static CoupleReport.ScaleRow row(String scale, double a, double b) {
    return new CoupleReport.ScaleRow(
        "Need for solitude",
        scale,
        false,
        1,
        5,
        OptionalDouble.of(a),
        "Moderate",
        OptionalDouble.of(b),
        "Moderate",
        OptionalDouble.of(a - b),
        "similar",
        OptionalDouble.of(1));
  }
}
