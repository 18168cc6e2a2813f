package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static dev.tandem.couples.CoupleFixtures.client;
import static dev.tandem.couples.CoupleFixtures.couple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.questionnaire.PartnerDifference.DifferenceSize;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CoupleComparerTest {

  private final CoupleComparer comparer = new CoupleComparer(QUESTIONNAIRES);

  @Test
  void scaleDifferenceIsAMinusBWithItsSizeInWords() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a")
                    .scale("need-for-solitude.recharge", 2)
                    .scale("need-for-solitude.autonomy", 4),
                client("b")
                    .scale("need-for-solitude.recharge", 5)
                    .scale("need-for-solitude.autonomy", 3)));

    ScaleComparison recharge = comparison.scale("need-for-solitude.recharge").orElseThrow();
    assertThat(recharge.difference()).isEqualTo(OptionalDouble.of(-3.0));
    assertThat(recharge.size()).contains(DifferenceSize.LARGE);
    assertThat(recharge.a().band().orElseThrow().label()).isEqualTo("Low");
    assertThat(recharge.b().band().orElseThrow().label()).isEqualTo("High");
    assertThat(comparison.scale("need-for-solitude.autonomy").orElseThrow().size())
        .contains(DifferenceSize.SOME);
    assertThat(comparison.scale("need-for-solitude.strain").orElseThrow().size())
        .contains(DifferenceSize.SIMILAR);
    assertThat(comparison.scales()).hasSize(13);
  }

  @Test
  void reverseKeyedItemsAreComparedAfterKeying() {
    // cd06 ("almost all of my free time is spent with my partner") is reverse keyed on
    // separateness.
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a").item("closeness-desire.cd06", 1),
                client("b").item("closeness-desire.cd06", 5)));

    ItemComparison cd06 = item(comparison, "cd06");
    assertThat(cd06.item().reversed()).isTrue();
    assertThat(cd06.a()).isEqualTo(OptionalDouble.of(5.0));
    assertThat(cd06.b()).isEqualTo(OptionalDouble.of(1.0));
    assertThat(cd06.difference()).isEqualTo(OptionalDouble.of(4.0));
    assertThat(cd06.discussion()).isTrue();
    assertThat(cd06.given(Partner.A)).isEqualTo(OptionalDouble.of(1.0));
    assertThat(cd06.given(Partner.B)).isEqualTo(OptionalDouble.of(5.0));
  }

  @Test
  void discussionItemsAreTwoOrMorePointsApartLargestFirst() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a")
                    .item("closeness-desire.cd02", 5)
                    .item("closeness-desire.cd06", 1)
                    .item("closeness-desire.cd10", 4),
                client("b")
                    .item("closeness-desire.cd02", 3)
                    .item("closeness-desire.cd06", 5)
                    .item("closeness-desire.cd10", 3)));

    assertThat(comparison.discussionItems())
        .extracting(i -> i.item().id())
        .containsExactly("cd06", "cd02");
    ScaleComparison separateness = comparison.scale("closeness-desire.separateness").orElseThrow();
    assertThat(separateness.itemsCompared()).isEqualTo(6);
    assertThat(separateness.agreement().getAsDouble()).isCloseTo(4.0 / 6, within(1e-12));
  }

  @Test
  void sharedConcernsAreItemsBothAnswerBeyondTheMidpointInTheConcerningDirection() {
    // merging has concern high: cd01 (plain) and cd09 (reversed; raw 2 keys to 4) are concerning
    // for both.
    // separateness has concern low: cd02 raw 2 for both is concerning; cd10 raw 2 for one partner
    // only is not.
    // recharge has no concern: both at 5 is not a concern.
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a")
                    .item("closeness-desire.cd01", 4)
                    .item("closeness-desire.cd09", 2)
                    .item("closeness-desire.cd02", 2)
                    .item("closeness-desire.cd10", 2)
                    .scale("need-for-solitude.recharge", 5),
                client("b")
                    .item("closeness-desire.cd01", 5)
                    .item("closeness-desire.cd09", 1)
                    .item("closeness-desire.cd02", 2)
                    .item("closeness-desire.cd10", 3)
                    .scale("need-for-solitude.recharge", 5)));

    assertThat(comparison.sharedConcerns())
        .extracting(i -> i.item().id())
        .containsExactly("cd01", "cd02", "cd09");
  }

  @Test
  void anItemOnlyOnePartnerAnsweredHasNoDifference() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a").item("closeness-desire.cd03", 0),
                client("b").item("closeness-desire.cd03", 1)));

    ItemComparison cd03 = item(comparison, "cd03");
    assertThat(cd03.a()).isEmpty();
    assertThat(cd03.difference()).isEmpty();
    assertThat(cd03.discussion()).isFalse();
    assertThat(comparison.scale("closeness-desire.desire").orElseThrow().itemsCompared())
        .isEqualTo(5);
  }

  @Test
  void profileCorrelationIsOneWhenOneProfileIsAShrunkCopyOfTheOther() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a")
                    .scale("need-for-solitude.recharge", 5)
                    .scale("need-for-solitude.autonomy", 1),
                client("b")
                    .scale("need-for-solitude.recharge", 4)
                    .scale("need-for-solitude.autonomy", 2)));

    assertThat(comparison.profile().scales()).isEqualTo(12);
    assertThat(comparison.profile().value().getAsDouble()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void profileCorrelationIsMinusOneForMirroredProfiles() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a")
                    .scale("need-for-solitude.recharge", 5)
                    .scale("need-for-solitude.autonomy", 1),
                client("b")
                    .scale("need-for-solitude.recharge", 1)
                    .scale("need-for-solitude.autonomy", 5)));

    assertThat(comparison.profile().value().getAsDouble()).isCloseTo(-1.0, within(1e-12));
  }

  @Test
  void profileCorrelationOfAFlatProfileIsUndefinedWithTheReason() {
    CoupleComparison comparison =
        comparer.compare(couple(client("a"), client("b").scale("need-for-solitude.recharge", 5)));

    assertThat(comparison.profile().value()).isEmpty();
    assertThat(comparison.profile().undefinedBecause())
        .contains(
            "all of partner A's scale scores sit at the same point of their range, so the profile has no shape "
                + "to compare");
  }

  @Test
  void aQuestionnaireOnlyOnePartnerAnsweredIsListedAndTheRestCompared() {
    CoupleComparison comparison =
        comparer.compare(
            couple(
                client("a").scale("need-for-solitude.recharge", 5),
                client("b").without("closeness-desire").without("insecurity-triggers")));

    assertThat(comparison.missing())
        .extracting(MissingQuestionnaire::describe)
        .containsExactly(
            "partner B has not answered \"Closeness and desire\", so its scales are not compared",
            "partner B has not answered \"Insecurity triggers\", so its scales are not compared");
    assertThat(comparison.scales())
        .extracting(ScaleComparison::reference)
        .containsExactly(
            "need-for-solitude.recharge",
            "need-for-solitude.autonomy",
            "need-for-solitude.strain",
            "need-for-solitude.asking");
    assertThat(comparison.items()).hasSize(24);
    assertThat(comparison.profile().undefinedBecause()).isPresent();
  }

  private static ItemComparison item(CoupleComparison comparison, String id) {
    return comparison.items().stream()
        .filter(i -> i.item().id().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
