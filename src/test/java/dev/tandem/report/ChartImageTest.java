package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScaleScore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartImageTest {

  private final Client ana = ReportFixtures.client("ana@example.org", "Ana", "C01", 1, 3.6, 0, 7);
  private final Client ben =
      ReportFixtures.client("ben@example.org", "Ben", "C01", 2, 2.2, 0.5, 11);

  private List<ScaleScore> scores(Client client) {
    return client.latest().scores().get(0).scales();
  }

  @Test
  void profileIsRenderedAtPrintResolutionForItsPrintedSize() throws IOException {
    ChartImage chart = ProfileChart.image(scores(ana), 216f, 144f);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(image.getWidth()).isEqualTo(3 * ChartImage.DPI);
    assertThat(image.getHeight()).isEqualTo(2 * ChartImage.DPI);
    assertThat(ChartImage.DPI).isGreaterThanOrEqualTo(200);
  }

  @Test
  void profileDrawsTheBarsInTheFirstSeriesColour() throws IOException {
    ChartImage chart = ProfileChart.image(scores(ana), 300f, 160f);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(count(image, Palette.BLUE.getRGB())).isGreaterThan(1000);
    assertThat(count(image, Palette.ORANGE.getRGB())).isZero();
  }

  @Test
  void pairedProfileShowsBothPeopleInTwoColoursAndWritesASample() throws IOException {
    ChartImage chart =
        ProfileChart.image(
            List.of("Ana", "Ben"),
            List.of(scores(ana), scores(ben)),
            300f,
            ProfileChart.suggestedHeight(scores(ana), 2));

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
    assertThat(count(image, Palette.BLUE.getRGB())).isGreaterThan(1000);
    assertThat(count(image, Palette.ORANGE.getRGB())).isGreaterThan(1000);
    Path sample = Path.of("target", "report-samples", "paired-profile.png");
    Files.createDirectories(sample.getParent());
    Files.write(sample, chart.png());
  }

  @Test
  void aChartDrawnAfterALargerOneIsTheSameAsDrawnFirst() throws Exception {
    ChartImage[] fresh = new ChartImage[1];
    Thread first = new Thread(() -> fresh[0] = ProfileChart.image(scores(ben), 200f, 120f));
    first.start();
    first.join();

    ProfileChart.image(
        List.of("Ana", "Ben"), List.of(scores(ana), scores(ben)), 400f, 300f); // more pixels
    ChartImage after = ProfileChart.image(scores(ben), 200f, 120f);

    assertThat(after.scanlines()).isEqualTo(fresh[0].scanlines());
    assertThat(after.pixelWidth()).isEqualTo(fresh[0].pixelWidth());
  }

  @Test
  void pairedProfileNeedsOneNamePerPerson() {
    assertThatThrownBy(
            () -> ProfileChart.image(List.of("Ana"), List.of(scores(ana), scores(ben)), 300f, 100f))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need one name per list of scores and at least one list");
  }

  @Test
  void trendGridHasOneRowPerQuestionnaire() throws IOException {
    ClientReport report = ClientReport.of(ben, ReportFixtures.questionnaires());

    ChartImage chart = TrendChart.image(report.progress(), 500f);

    assertThat(chart.heightPoints()).isEqualTo(TrendChart.ROW_HEIGHT * 3);
    Path sample = Path.of("target", "report-samples", "trend.png");
    Files.createDirectories(sample.getParent());
    Files.write(sample, chart.png());
  }

  @Test
  void trendAxisLabelsAreLongDatesAndUnique() {
    List<ClientReport.Occasion> occasions =
        List.of(
            new ClientReport.Occasion(
                1, java.util.Optional.of(java.time.LocalDate.of(2026, 1, 12))),
            new ClientReport.Occasion(
                2, java.util.Optional.of(java.time.LocalDate.of(2026, 1, 12))),
            new ClientReport.Occasion(3, java.util.Optional.empty()));

    assertThat(TrendChart.axisLabels(occasions))
        .containsExactly("12 January 2026", "12 January 2026 (2)", "Assessment 3");
  }

  @Test
  void trendDatesPutTheYearOnASecondLineSoNeighboursNeverRunTogether() {
    assertThat(TrendChart.dateLines("2 March 2026")).containsExactly("2 March", "2026");
    assertThat(TrendChart.dateLines("12 January 2026 (2)"))
        .containsExactly("12 January", "2026 (2)");
    assertThat(TrendChart.dateLines("Assessment 3")).containsExactly("Assessment", "3");
  }

  private static int count(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == (rgb & 0xFFFFFF)) {
          count++;
        }
      }
    }
    return count;
  }
}
