package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortReference;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.scoring.Scorer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CohortStatisticsTest {

  private static final double NA = Double.NaN;
  private static final Questionnaire EDGE =
      QuestionnaireLoader.load(ParityFixture.DIR.resolve("edge.yaml"));

  /** Answers to t1 t2 t3 s1 u1 u2; u1 and u2 are never answered. */
  private static CohortStatistics statistics(double[]... rows) {
    Scorer scorer = new Scorer(EDGE);
    CohortStatistics.Builder builder = CohortStatistics.builder(List.of(EDGE));
    for (double[] row : rows) {
      builder.add(List.of(scorer.score(Answers.of(row))));
    }
    return builder.build();
  }

  private static ScaleStatistics scale(CohortStatistics statistics, String id) {
    return statistics.scale("edge", id).orElseThrow();
  }

  @Test
  void oneRespondentHasAMeanButNoSpreadAndNoAlpha() {
    CohortStatistics statistics = statistics(new double[] {4, 2, 3, 5, NA, NA});
    Descriptives d = scale(statistics, "trio").descriptives();
    assertThat(d.n()).isEqualTo(1);
    assertThat(d.mean().getAsDouble()).isCloseTo(3, within(1e-12));
    assertThat(d.median().getAsDouble()).isCloseTo(3, within(1e-12));
    assertThat(d.sd()).isEmpty();
    assertThat(d.se()).isEmpty();
    assertThat(d.skew()).isEmpty();
    assertThat(d.notes())
        .containsExactly(
            "only one client has a score: the spread (sd, se), skew and kurtosis need at least two");
    InternalConsistency c = scale(statistics, "trio").consistency();
    assertThat(c.alpha()).isEmpty();
    assertThat(c.alphaCiLow()).isEmpty();
    assertThat(c.notes()).containsExactly("alpha needs answers from at least two clients");
    assertThat(c.items())
        .allSatisfy(
            i -> {
              assertThat(i.n()).isEqualTo(1);
              assertThat(i.sd()).isEmpty();
              assertThat(i.rDrop()).isEmpty();
            });
    assertThat(statistics.correlations()).allSatisfy(r -> assertThat(r.r()).isEmpty());
  }

  @Test
  void identicalAnswersGiveZeroSpreadAndNoSkewOrAlpha() {
    double[] same = {3, 3, 3, 3, NA, NA};
    CohortStatistics statistics = statistics(same, same, same, same);
    Descriptives d = scale(statistics, "trio").descriptives();
    assertThat(d.sd().getAsDouble()).isZero();
    assertThat(d.se().getAsDouble()).isZero();
    assertThat(d.skew()).isEmpty();
    assertThat(d.kurtosis()).isEmpty();
    assertThat(d.notes())
        .containsExactly("every client has the same score, so skew and kurtosis are undefined");
    InternalConsistency c = scale(statistics, "trio").consistency();
    assertThat(c.alpha()).isEmpty();
    assertThat(c.notes())
        .containsExactly(
            "alpha needs at least two items that clients answered differently; this scale has 0");
    assertThat(c.items())
        .allSatisfy(
            i ->
                assertThat(i.flags())
                    .extracting(ItemFlag::kind)
                    .containsExactly(ItemFlag.Kind.NO_VARIANCE));
    Correlation trioSingle = statistics.correlations().get(0);
    assertThat(trioSingle.a()).isEqualTo("edge.trio");
    assertThat(trioSingle.b()).isEqualTo("edge.single");
    assertThat(trioSingle.r()).isEmpty();
    assertThat(trioSingle.notes())
        .containsExactly(
            "one of the scores is the same for every client who has both, so it cannot correlate");
  }

  @Test
  void aScaleOfOneItemHasItemStatisticsButNoAlpha() {
    CohortStatistics statistics =
        statistics(
            new double[] {4, 2, 3, 5, NA, NA},
            new double[] {1, 2, 5, 2, NA, NA},
            new double[] {5, 4, 1, 4, NA, NA});
    InternalConsistency c = scale(statistics, "single").consistency();
    assertThat(c.alpha()).isEmpty();
    assertThat(c.stdAlpha()).isEmpty();
    assertThat(c.notes())
        .containsExactly("a scale of one item has no internal consistency to measure");
    ItemStatistics item = c.items().get(0);
    assertThat(item.n()).isEqualTo(3);
    assertThat(item.mean().getAsDouble()).isCloseTo(11.0 / 3, within(1e-12));
    assertThat(item.sd().getAsDouble()).isCloseTo(Math.sqrt(7.0 / 3), within(1e-12));
    assertThat(item.rDrop()).isEmpty();
    assertThat(item.alphaIfDropped()).isEmpty();
  }

  @Test
  void aScaleNobodyAnsweredIsDescribedAsEmpty() {
    CohortStatistics statistics =
        statistics(new double[] {4, 2, 3, 5, NA, NA}, new double[] {1, 2, 5, 2, NA, NA});
    ScaleStatistics unanswered = scale(statistics, "unanswered");
    assertThat(unanswered.descriptives().n()).isZero();
    assertThat(unanswered.descriptives().mean()).isEmpty();
    assertThat(unanswered.descriptives().notes())
        .containsExactly("nobody has a score on this scale, so there is nothing to describe");
    assertThat(unanswered.consistency().alpha()).isEmpty();
    assertThat(unanswered.consistency().items())
        .allSatisfy(
            i -> {
              assertThat(i.n()).isZero();
              assertThat(i.mean()).isEmpty();
              assertThat(i.notes()).containsExactly("nobody answered this item");
            });
    assertThat(statistics.reference("edge", "unanswered")).isEmpty();
  }

  @Test
  void aTwoItemScaleHasAlphaButNoAlphaIfDropped() {
    Questionnaire pair = QuestionnaireLoader.load(ParityFixture.DIR.resolve("complete.yaml"));
    Scorer scorer = new Scorer(pair);
    CohortStatistics.Builder builder = CohortStatistics.builder(List.of(pair));
    double[][] rows = {{1, 2}, {2, 2}, {3, 4}, {5, 4}};
    for (double[] row : rows) {
      double[] all = new double[11];
      java.util.Arrays.fill(all, NA);
      all[6] = row[0];
      all[7] = row[1];
      builder.add(List.of(scorer.score(Answers.of(all))));
    }
    InternalConsistency beta =
        builder.build().scale("complete", "beta").orElseThrow().consistency();
    assertThat(beta.alpha()).isPresent();
    assertThat(beta.items())
        .filteredOn(i -> i.n() > 0)
        .allSatisfy(
            i -> {
              assertThat(i.rDrop()).isPresent();
              assertThat(i.alphaIfDropped()).isEmpty();
              assertThat(i.notes())
                  .containsExactly(
                      "without this item the scale has one item left, which has no alpha");
            });
  }

  @Test
  void aCompositeScaleHasDescriptivesButNoItems() {
    CohortStatistics statistics =
        statistics(new double[] {4, 2, 3, 5, NA, NA}, new double[] {1, 2, 5, 2, NA, NA});
    ScaleStatistics balance = scale(statistics, "balance");
    assertThat(balance.descriptives().n()).isEqualTo(2);
    assertThat(balance.descriptives().mean().getAsDouble())
        .isCloseTo(((3 - 5) + (4.0 / 3 - 2)) / 2, within(1e-12));
    assertThat(balance.consistency().alpha()).isEmpty();
    assertThat(balance.consistency().items()).isEmpty();
    assertThat(balance.consistency().notes())
        .containsExactly(
            "a composite of other scales has no items of its own; see the alpha of its parts");
  }

  @Test
  void anItemRunningAgainstTheScaleIsFlaggedInPlainWords() {
    CohortStatistics statistics = ParityFixture.load("negative").statistics();
    InternalConsistency c = statistics.scale("negative", "alpha").orElseThrow().consistency();
    ItemStatistics a3 = c.items().get(2);
    assertThat(a3.itemId()).isEqualTo("a3");
    assertThat(a3.flags())
        .extracting(ItemFlag::kind)
        .containsExactly(ItemFlag.Kind.NEGATIVE, ItemFlag.Kind.ALPHA_RISES);
    assertThat(a3.flags().get(0).advice())
        .startsWith("runs against the rest of the scale (r.drop -")
        .endsWith("check whether it should be reverse-keyed, or reword it");
    assertThat(c.items())
        .filteredOn(i -> !i.itemId().equals("a3"))
        .allSatisfy(i -> assertThat(i.flags()).isEmpty());
  }

  @Test
  void anItemEveryoneAnsweredAlikeIsLeftOutOfAlphaAndFlagged() {
    InternalConsistency c =
        ParityFixture.load("zero-variance")
            .statistics()
            .scale("zero-variance", "alpha")
            .orElseThrow()
            .consistency();
    assertThat(c.itemsUsed()).isEqualTo(4);
    assertThat(c.notes())
        .containsExactly(
            "1 of the 5 items did not vary between clients and were left out of alpha");
    ItemStatistics a3 = c.items().get(2);
    assertThat(a3.sd().getAsDouble()).isZero();
    assertThat(a3.rDrop()).isEmpty();
    assertThat(a3.flags()).extracting(ItemFlag::kind).containsExactly(ItemFlag.Kind.NO_VARIANCE);
  }

  @Test
  void aClientCountsOnceWithTheirLatestAssessment() {
    Response earlier = response("c1", LocalDateTime.of(2026, 1, 5, 9, 0), 1, 1, 5, 1);
    Response later = response("c1", LocalDateTime.of(2026, 3, 5, 9, 0), 5, 5, 1, 5);
    Response other = response("c2", LocalDateTime.of(2026, 2, 1, 9, 0), 3, 3, 3, 3);
    Scorer scorer = new Scorer(EDGE);
    Client c1 =
        new Client(
            "c1",
            Optional.empty(),
            Optional.empty(),
            List.of(assessed(scorer, earlier), assessed(scorer, later)));
    Client c2 =
        new Client("c2", Optional.empty(), Optional.empty(), List.of(assessed(scorer, other)));
    ScoredCohort cohort =
        new ScoredCohort(
            List.of(EDGE),
            List.of(c1, c2),
            new ImportResult(List.of(earlier, later, other), List.of(), 3, List.of()));
    CohortStatistics statistics = CohortStatistics.of(cohort);
    assertThat(statistics.clients()).isEqualTo(2);
    Descriptives trio = scale(statistics, "trio").descriptives();
    assertThat(trio.n()).isEqualTo(2);
    assertThat(trio.max().getAsDouble()).isCloseTo(5, within(1e-12));
    assertThat(trio.min().getAsDouble()).isCloseTo(3, within(1e-12));
    CohortReference reference = statistics.reference("edge", "trio").orElseThrow();
    assertThat(reference.n()).isEqualTo(2);
    assertThat(reference.mean()).isCloseTo(4, within(1e-12));
    assertThat(reference.canNorm()).isFalse();
  }

  private static Response response(
      String id, LocalDateTime when, double t1, double t2, double t3, double s1) {
    return new Response(
        id,
        Optional.empty(),
        Optional.empty(),
        Optional.of(when),
        new Position(Path.of("in.csv"), 2, 0),
        Map.of("edge", Answers.of(t1, t2, t3, s1, NA, NA)));
  }

  private static Assessment assessed(Scorer scorer, Response response) {
    return new Assessment(
        response, List.of(scorer.score(response.answersTo("edge").orElseThrow())));
  }
}
