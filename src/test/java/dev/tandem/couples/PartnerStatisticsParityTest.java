package dev.tandem.couples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ICC and paired t-test against R: the figures in src/test/resources/couples/expected-*.csv come
 * from psych::ICC(lmer = FALSE) and t.test(paired = TRUE), written by
 * src/test/r/couples/partner-similarity.R.
 */
class PartnerStatisticsParityTest {

  private static final Path DIR = Path.of("src/test/resources/couples");
  private static final double TOLERANCE = 1e-9;

  @ParameterizedTest
  @ValueSource(strings = {"recharge", "abandonment", "desire"})
  void everyIccFormMatchesPsych(String scale) throws IOException {
    Icc icc = Icc.of(ratings(scale)).orElseThrow();

    List<Map<String, String>> expected =
        rows("expected-icc.csv").stream().filter(r -> r.get("scale").equals(scale)).toList();
    assertThat(expected).hasSize(6);
    for (Map<String, String> row : expected) {
      Icc.Estimate actual = icc.estimate(row.get("type"));
      assertThat(actual.icc())
          .as(row.get("type") + " ICC")
          .isCloseTo(number(row, "ICC"), within(TOLERANCE));
      assertThat(actual.f())
          .as(row.get("type") + " F")
          .isCloseTo(number(row, "F"), within(TOLERANCE));
      assertThat(actual.df1()).as(row.get("type") + " df1").isEqualTo(number(row, "df1"));
      assertThat(actual.df2()).as(row.get("type") + " df2").isEqualTo(number(row, "df2"));
      assertThat(actual.p())
          .as(row.get("type") + " p")
          .isCloseTo(number(row, "p"), within(TOLERANCE));
      assertThat(actual.lower())
          .as(row.get("type") + " lower")
          .isCloseTo(number(row, "lower"), within(TOLERANCE));
      assertThat(actual.upper())
          .as(row.get("type") + " upper")
          .isCloseTo(number(row, "upper"), within(TOLERANCE));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"recharge", "abandonment", "desire"})
  void pairedTestAndCohensDMatchR(String scale) throws IOException {
    double[][] ratings = ratings(scale);
    double[] first = new double[ratings.length];
    double[] second = new double[ratings.length];
    for (int i = 0; i < ratings.length; i++) {
      first[i] = ratings[i][0];
      second[i] = ratings[i][1];
    }

    PairedTest test = PairedTest.of(first, second).orElseThrow();

    Map<String, String> row =
        rows("expected-paired.csv").stream()
            .filter(r -> r.get("scale").equals(scale))
            .findFirst()
            .orElseThrow();
    assertThat(test.n()).isEqualTo(Integer.parseInt(row.get("n")));
    assertThat(test.meanDifference()).isCloseTo(number(row, "mean_difference"), within(TOLERANCE));
    assertThat(test.sdDifference()).isCloseTo(number(row, "sd_difference"), within(TOLERANCE));
    assertThat(test.t()).isCloseTo(number(row, "t"), within(TOLERANCE));
    assertThat(test.df()).isEqualTo(number(row, "df"));
    assertThat(test.p()).isCloseTo(number(row, "p"), within(TOLERANCE));
    assertThat(test.lower()).isCloseTo(number(row, "lower"), within(TOLERANCE));
    assertThat(test.upper()).isCloseTo(number(row, "upper"), within(TOLERANCE));
    assertThat(test.cohensD()).isCloseTo(number(row, "cohens_d"), within(TOLERANCE));
  }

  static double[][] ratings(String scale) throws IOException {
    List<double[]> out = new ArrayList<>();
    for (Map<String, String> row : rows("partner-scores.csv")) {
      if (row.get("scale").equals(scale)) {
        out.add(new double[] {number(row, "first"), number(row, "second")});
      }
    }
    return out.toArray(double[][]::new);
  }

  private static double number(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static List<Map<String, String>> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve(file));
    String[] header = lines.get(0).split(",");
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
