package dev.tandem.couples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.testing.PsychAgreement;
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

  @ParameterizedTest
  @ValueSource(strings = {"recharge", "abandonment", "desire"})
  void everyIccFormMatchesPsych(String scale) throws IOException {
    Icc icc = Icc.of(ratings(scale)).orElseThrow();

    List<Map<String, String>> expected =
        rows("expected-icc.csv").stream().filter(r -> r.get("scale").equals(scale)).toList();
    assertThat(expected).hasSize(6);
    for (Map<String, String> row : expected) {
      Icc.Estimate actual = icc.estimate(row.get("type"));
      PsychAgreement.assertAgrees(actual.icc(), number(row, "ICC"), row.get("type") + " ICC");
      PsychAgreement.assertAgrees(actual.f(), number(row, "F"), row.get("type") + " F");
      assertThat(actual.df1()).as(row.get("type") + " df1").isEqualTo(number(row, "df1"));
      assertThat(actual.df2()).as(row.get("type") + " df2").isEqualTo(number(row, "df2"));
      PsychAgreement.assertAgrees(actual.p(), number(row, "p"), row.get("type") + " p");
      PsychAgreement.assertAgrees(actual.lower(), number(row, "lower"), row.get("type") + " lower");
      PsychAgreement.assertAgrees(actual.upper(), number(row, "upper"), row.get("type") + " upper");
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
    PsychAgreement.assertAgrees(
        test.meanDifference(), number(row, "mean_difference"), "mean difference");
    PsychAgreement.assertAgrees(
        test.sdDifference(), number(row, "sd_difference"), "sd of differences");
    PsychAgreement.assertAgrees(test.t(), number(row, "t"), "t");
    assertThat(test.df()).isEqualTo(number(row, "df"));
    PsychAgreement.assertAgrees(test.p(), number(row, "p"), "p");
    PsychAgreement.assertAgrees(test.lower(), number(row, "lower"), "lower");
    PsychAgreement.assertAgrees(test.upper(), number(row, "upper"), "upper");
    PsychAgreement.assertAgrees(test.cohensD(), number(row, "cohens_d"), "Cohen's d");
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
