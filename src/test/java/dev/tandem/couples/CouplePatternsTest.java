package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.PATTERNS_FILE;
import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static dev.tandem.couples.CoupleFixtures.client;
import static dev.tandem.couples.CoupleFixtures.couple;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.couples.CoupleFixtures.ClientBuilder;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped patterns, each firing and not firing. Unset scales score 3 (Moderate; balance 0,
 * Balanced).
 */
class CouplePatternsTest {

  private static final CouplePatterns PATTERNS = CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES);
  private static final CoupleComparer COMPARER = new CoupleComparer(QUESTIONNAIRES);

  static Stream<Arguments> firing() {
    return Stream.of(
        Arguments.of(
            "space-meets-abandonment",
            client("a").scale("need-for-solitude.recharge", 5),
            client("b").scale("insecurity-triggers.abandonment", 4),
            List.of(Partner.A)),
        Arguments.of(
            "space-meets-abandonment",
            client("a").scale("insecurity-triggers.abandonment", 5),
            client("b").scale("need-for-solitude.recharge", 4),
            List.of(Partner.B)),
        Arguments.of(
            "space-meets-abandonment",
            client("a")
                .scale("need-for-solitude.recharge", 5)
                .scale("insecurity-triggers.abandonment", 5),
            client("b")
                .scale("need-for-solitude.recharge", 5)
                .scale("insecurity-triggers.abandonment", 5),
            List.of(Partner.A, Partner.B)),
        Arguments.of(
            "autonomy-meets-low-trust",
            client("a").scale("insecurity-triggers.trust", 2),
            client("b").scale("need-for-solitude.autonomy", 4),
            List.of(Partner.B)),
        Arguments.of(
            "unspoken-strain",
            client("a").scale("need-for-solitude.strain", 5).scale("need-for-solitude.asking", 1),
            client("b"),
            List.of(Partner.A)),
        Arguments.of(
            "reassurance-gap",
            client("a").scale("insecurity-triggers.reassurance", 5),
            client("b").scale("insecurity-triggers.reassurance", 3),
            List.of()),
        Arguments.of(
            "closeness-mismatch",
            client("a")
                .scale("closeness-desire.merging", 5)
                .scale("closeness-desire.separateness", 2),
            client("b")
                .scale("closeness-desire.merging", 1)
                .scale("closeness-desire.separateness", 5),
            List.of(Partner.A)),
        Arguments.of(
            "merged-and-flat",
            client("a").scale("closeness-desire.merging", 5).scale("closeness-desire.desire", 1),
            client("b").scale("closeness-desire.merging", 4).scale("closeness-desire.desire", 2),
            List.of()),
        Arguments.of(
            "both-need-space",
            client("a").scale("need-for-solitude.recharge", 4),
            client("b").scale("need-for-solitude.recharge", 5),
            List.of()),
        Arguments.of(
            "balanced-with-spark",
            client("a").scale("closeness-desire.desire", 5),
            client("b").scale("closeness-desire.desire", 4),
            List.of()));
  }

  static Stream<Arguments> notFiring() {
    return Stream.of(
        Arguments.of(
            "space-meets-abandonment",
            client("a").scale("need-for-solitude.recharge", 5),
            client("b").scale("insecurity-triggers.abandonment", 3)),
        Arguments.of(
            "autonomy-meets-low-trust",
            client("a")
                .scale("need-for-solitude.autonomy", 4)
                .scale("insecurity-triggers.trust", 2),
            client("b")),
        Arguments.of(
            "unspoken-strain",
            client("a").scale("need-for-solitude.strain", 5).scale("need-for-solitude.asking", 3),
            client("b").scale("insecurity-triggers.abandonment", 5)),
        Arguments.of(
            "unspoken-strain",
            client("a").scale("need-for-solitude.strain", 5).scale("need-for-solitude.asking", 1),
            client("b").scale("insecurity-triggers.abandonment", 2)),
        Arguments.of(
            "reassurance-gap",
            client("a").scale("insecurity-triggers.reassurance", 4),
            client("b").scale("insecurity-triggers.reassurance", 3)),
        Arguments.of(
            "closeness-mismatch",
            client("a")
                .scale("closeness-desire.merging", 5)
                .scale("closeness-desire.separateness", 1),
            client("b")),
        Arguments.of(
            "merged-and-flat",
            client("a").scale("closeness-desire.merging", 5).scale("closeness-desire.desire", 1),
            client("b").scale("closeness-desire.merging", 5).scale("closeness-desire.desire", 3)),
        Arguments.of(
            "both-need-space",
            client("a").scale("need-for-solitude.recharge", 4),
            client("b").scale("need-for-solitude.recharge", 2)),
        Arguments.of(
            "balanced-with-spark",
            client("a")
                .scale("closeness-desire.desire", 5)
                .scale("closeness-desire.merging", 5)
                .scale("closeness-desire.separateness", 1),
            client("b").scale("closeness-desire.desire", 5)));
  }

  @ParameterizedTest(name = "{0} fires, one side {3}")
  @MethodSource("firing")
  void patternFiresAndNamesWhoMatchedTheOneSide(
      String id, ClientBuilder a, ClientBuilder b, List<Partner> oneSide) {
    PatternEvaluation evaluation = PATTERNS.evaluate(COMPARER.compare(couple(a, b)));

    assertThat(evaluation.fired())
        .filteredOn(m -> m.pattern().id().equals(id))
        .singleElement()
        .satisfies(match -> assertThat(match.oneSide()).containsExactlyElementsOf(oneSide));
  }

  @ParameterizedTest(name = "{0} does not fire")
  @MethodSource("notFiring")
  void patternDoesNotFire(String id, ClientBuilder a, ClientBuilder b) {
    PatternEvaluation evaluation = PATTERNS.evaluate(COMPARER.compare(couple(a, b)));

    assertThat(evaluation.fired()).extracting(m -> m.pattern().id()).doesNotContain(id);
    assertThat(evaluation.undecided()).isEmpty();
  }

  @Test
  void everyShippedPatternIsCoveredByTheTables() {
    List<String> covered = firing().map(a -> (String) a.get()[0]).distinct().toList();
    List<String> uncovered = notFiring().map(a -> (String) a.get()[0]).distinct().toList();

    assertThat(PATTERNS.patterns())
        .extracting(CouplePattern::id)
        .containsExactlyInAnyOrderElementsOf(covered)
        .containsExactlyInAnyOrderElementsOf(uncovered);
  }

  @Test
  void evidenceSaysWhichScoreMetWhichSide() {
    PatternEvaluation evaluation =
        PATTERNS.evaluate(
            COMPARER.compare(
                couple(
                    client("a").scale("insecurity-triggers.abandonment", 5),
                    client("b").scale("need-for-solitude.recharge", 4))));

    PatternMatch match =
        evaluation.fired().stream()
            .filter(m -> m.pattern().id().equals("space-meets-abandonment"))
            .findFirst()
            .orElseThrow();
    assertThat(match.evidence())
        .containsExactly(
            "partner B (one side): Recharging alone 4.00 (High)",
            "partner A (other side): Sensitivity to being left 5.00 (High)");
  }

  @Test
  void reassuranceGapFiresAtExactlyTheStatedDistance() {
    // Six reassurance items: 3,3,3,2,2,2 keyed gives 2.5, which is 1.5 below 4.
    ClientBuilder b = client("b");
    List<String> items =
        CoupleFixtures.questionnaire("insecurity-triggers").items().stream()
            .filter(i -> i.scaleId().equals("reassurance"))
            .map(i -> i.id())
            .toList();
    assertThat(items).hasSize(6);
    for (int i = 0; i < items.size(); i++) {
      b.keyedItem("insecurity-triggers." + items.get(i), i < 3 ? 3 : 2);
    }

    PatternEvaluation evaluation =
        PATTERNS.evaluate(
            COMPARER.compare(couple(client("a").scale("insecurity-triggers.reassurance", 4), b)));

    assertThat(evaluation.fired())
        .filteredOn(m -> m.pattern().id().equals("reassurance-gap"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.evidence())
                    .containsExactly(
                        "Need for contact while apart: partner A 4.00, partner B 2.50, 1.50 apart (at least 1.5)"));
  }

  @Test
  void aPatternReadingAQuestionnaireOnePartnerSkippedIsUndecidedNotSilentlyFalse() {
    PatternEvaluation evaluation =
        PATTERNS.evaluate(
            COMPARER.compare(
                couple(
                    client("a").scale("need-for-solitude.recharge", 5),
                    client("b").without("insecurity-triggers"))));

    assertThat(evaluation.undecided())
        .extracting(u -> u.pattern().id())
        .containsExactly(
            "space-meets-abandonment",
            "autonomy-meets-low-trust",
            "unspoken-strain",
            "reassurance-gap");
    assertThat(evaluation.undecided().get(0).reason())
        .isEqualTo(
            "not fully checked: partner A has no score on insecurity-triggers.abandonment; "
                + "partner B has no score on insecurity-triggers.abandonment");
  }
}
