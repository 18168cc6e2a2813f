package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.stats.ParityFixture.Expected;
import dev.tandem.testing.PsychAgreement;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tandem's scores and statistics against R's psych on the same answers (scoreItems with impute =
 * "none", alpha, describe, corr.test), to a relative 1e-9 ({@link PsychAgreement}), and psych's NA
 * as no value. The expected numbers were written by src/test/r/stats-fixtures.R.
 */
class PsychParityTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "complete",
        "missing",
        "reversed",
        "zero-variance",
        "negative",
        "msq",
        "undefined"
      })
  void scaleScoresAgreeWithPsychScoreItems(String name) {
    ParityFixture fixture = ParityFixture.load(name);
    int compared = 0;
    for (var column : fixture.psychScores().entrySet()) {
      List<OptionalDouble> expected = column.getValue();
      assertThat(expected).hasSameSizeAs(fixture.scored());
      for (int row = 0; row < expected.size(); row++) {
        OptionalDouble actual =
            fixture.scored().get(row).scale(column.getKey()).orElseThrow().value();
        assertSame(
            actual, expected.get(row), column.getKey() + " of " + fixture.respondents().get(row));
        compared++;
      }
    }
    assertThat(compared).isGreaterThanOrEqualTo(fixture.scored().size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "complete",
        "missing",
        "reversed",
        "zero-variance",
        "negative",
        "msq",
        "undefined"
      })
  void statisticsAgreeWithPsych(String name) {
    ParityFixture fixture = ParityFixture.load(name);
    CohortStatistics statistics = fixture.statistics();
    String q = fixture.questionnaire().id();
    assertThat(fixture.expected()).isNotEmpty();
    for (Expected e : fixture.expected()) {
      OptionalDouble actual =
          switch (e.scope()) {
            case "describe" ->
                describe(
                    statistics.scale(q, e.scale()).orElseThrow().descriptives(), e.statistic());
            case "alpha" ->
                alpha(statistics.scale(q, e.scale()).orElseThrow().consistency(), e.statistic());
            case "item" ->
                item(
                    statistics.scale(q, e.scale()).orElseThrow().consistency(),
                    e.item(),
                    e.statistic());
            case "corr" ->
                correlation(statistics, q + "." + e.scale(), q + "." + e.item(), e.statistic());
            default -> throw new AssertionError("unknown scope in fixture: " + e);
          };
      assertSame(actual, e.value(), name + ": " + e);
    }
  }

  @Test
  void wherePsychGivesNaTandemGivesNoValueAndSaysWhy() {
    ParityFixture fixture = ParityFixture.load("undefined");
    CohortStatistics statistics = fixture.statistics();
    String q = fixture.questionnaire().id();
    InternalConsistency flat = statistics.scale(q, "flat").orElseThrow().consistency();
    assertThat(flat.alpha()).isEmpty();
    assertThat(flat.notes()).as("why the flat scale has no alpha").isNotEmpty();
    Correlation c =
        statistics.correlations().stream()
            .filter(x -> x.a().equals(q + ".alpha") && x.b().equals(q + ".flat"))
            .findFirst()
            .orElseThrow();
    assertThat(c.r()).isEmpty();
    assertThat(c.p()).isEmpty();
    assertThat(c.notes()).as("why the correlation is undefined").isNotEmpty();
  }

  private static OptionalDouble describe(Descriptives d, String statistic) {
    return switch (statistic) {
      case "n" -> OptionalDouble.of(d.n());
      case "mean" -> d.mean();
      case "sd" -> d.sd();
      case "median" -> d.median();
      case "min" -> d.min();
      case "max" -> d.max();
      case "skew" -> d.skew();
      case "kurtosis" -> d.kurtosis();
      case "se" -> d.se();
      default -> throw new AssertionError("unknown statistic " + statistic);
    };
  }

  private static OptionalDouble alpha(InternalConsistency c, String statistic) {
    return switch (statistic) {
      case "alpha" -> c.alpha();
      case "stdAlpha" -> c.stdAlpha();
      case "alphaCiLow" -> c.alphaCiLow();
      case "alphaCiHigh" -> c.alphaCiHigh();
      default -> throw new AssertionError("unknown statistic " + statistic);
    };
  }

  private static OptionalDouble item(InternalConsistency c, String itemId, String statistic) {
    ItemStatistics item =
        c.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    return switch (statistic) {
      case "n" -> OptionalDouble.of(item.n());
      case "mean" -> item.mean();
      case "sd" -> item.sd();
      case "rDrop" -> item.rDrop();
      case "alphaIfDropped" -> item.alphaIfDropped();
      default -> throw new AssertionError("unknown statistic " + statistic);
    };
  }

  private static OptionalDouble correlation(
      CohortStatistics s, String a, String b, String statistic) {
    Correlation c =
        s.correlations().stream()
            .filter(x -> x.a().equals(a) && x.b().equals(b))
            .findFirst()
            .orElseThrow();
    return switch (statistic) {
      case "r" -> c.r();
      case "n" -> OptionalDouble.of(c.n());
      case "p" -> c.p();
      default -> throw new AssertionError("unknown statistic " + statistic);
    };
  }

  private static void assertSame(OptionalDouble actual, OptionalDouble expected, String what) {
    assertThat(actual.isPresent()).as(what + " present").isEqualTo(expected.isPresent());
    if (expected.isPresent()) {
      PsychAgreement.assertAgrees(actual.getAsDouble(), expected.getAsDouble(), what);
    }
  }
}
