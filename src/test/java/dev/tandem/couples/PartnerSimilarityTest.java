package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static dev.tandem.couples.CoupleFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerSimilarityTest {

  private static final String RECHARGE = "need-for-solitude.recharge";
  private static final String NO_ORDER =
      "; without distinguishable roles, which partner counts as first is "
          + "arbitrary, so no paired t-test is computed (read ICC1, which does not depend on the order)";

  private final CoupleComparer comparer = new CoupleComparer(QUESTIONNAIRES);

  /** Four couples; in the third the partner listed first is the one with role B. */
  private final List<CoupleComparison> couples =
      List.of(
          compare("C1", "a1", 5, "b1", 4),
          compare("C2", "a2", 2, "b2", 3),
          compare("C3", "b3", 2, "a3", 4),
          compare("C4", "a4", 4, "b4", 4));

  @Test
  void withoutRolesTheIccIsComputedAndThePairedTestSaysWhyNot() {
    PartnerSimilarity similarity = PartnerSimilarity.of(QUESTIONNAIRES, couples, PartnerRoles.NONE);

    ScaleSimilarity recharge = similarity.scale(RECHARGE).orElseThrow();
    assertThat(recharge.couples()).isEqualTo(4);
    assertThat(recharge.icc()).isPresent();
    assertThat(recharge.pairedTest()).isEmpty();
    assertThat(recharge.pairedTestNotComputedBecause())
        .contains("the data gives no partner role (such as an A/B or a gender column)" + NO_ORDER);
    assertThat(similarity.rolesUnavailableBecause())
        .isEqualTo(recharge.pairedTestNotComputedBecause());
  }

  @Test
  void withRolesThePairedTestIsFirstRoleMinusSecondWhicheverPartnerIsListedFirst() {
    PartnerSimilarity similarity = PartnerSimilarity.of(QUESTIONNAIRES, couples, roles("A", "B"));

    assertThat(similarity.roles()).contains(List.of("A", "B"));
    PairedTest test = similarity.scale(RECHARGE).orElseThrow().pairedTest().orElseThrow();
    PairedTest expected =
        PairedTest.of(new double[] {5, 2, 4, 4}, new double[] {4, 3, 2, 4}).orElseThrow();
    assertThat(test).isEqualTo(expected);
    assertThat(test.meanDifference()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void theIccOrdersColumnsByRoleWhenThereAreRoles() {
    Icc byRole =
        PartnerSimilarity.of(QUESTIONNAIRES, couples, roles("female", "male"))
            .scale(RECHARGE)
            .orElseThrow()
            .icc()
            .orElseThrow();

    Icc expected = Icc.of(new double[][] {{5, 4}, {2, 3}, {4, 2}, {4, 4}}).orElseThrow();
    assertThat(byRole.estimate("ICC3")).isEqualTo(expected.estimate("ICC3"));
  }

  @Test
  void partnersWithoutARoleStopThePairedTest() {
    Map<String, String> some = Map.of("a1", "A", "b1", "B", "a2", "A", "b2", "B");

    PartnerSimilarity similarity =
        PartnerSimilarity.of(QUESTIONNAIRES, couples, new PartnerRoles(some));

    assertThat(similarity.rolesUnavailableBecause())
        .contains("4 of the 8 partners in complete couples have no role" + NO_ORDER);
  }

  @Test
  void twoPartnersWithTheSameRoleStopThePairedTest() {
    Map<String, String> same =
        Map.of(
            "a1", "A", "b1", "A", "a2", "A", "b2", "B", "a3", "A", "b3", "B", "a4", "a", "b4", "b");

    PartnerSimilarity similarity =
        PartnerSimilarity.of(QUESTIONNAIRES, couples, new PartnerRoles(same));

    assertThat(similarity.rolesUnavailableBecause())
        .contains("in 1 couple both partners have the same role" + NO_ORDER);
  }

  @Test
  void tooFewCouplesGiveReasonsInsteadOfFigures() {
    PartnerSimilarity similarity =
        PartnerSimilarity.of(QUESTIONNAIRES, couples.subList(0, 2), roles("A", "B"));

    ScaleSimilarity recharge = similarity.scale(RECHARGE).orElseThrow();
    assertThat(recharge.iccNotComputedBecause())
        .contains("2 couples have both partners scored on this scale; at least 3 are needed");
    assertThat(recharge.pairedTestNotComputedBecause()).isEqualTo(recharge.iccNotComputedBecause());
  }

  @Test
  void scoresThatDoNotVaryGiveAReasonNotNaN() {
    PartnerSimilarity similarity = PartnerSimilarity.of(QUESTIONNAIRES, couples, roles("A", "B"));

    // every client scores 3 on strain
    ScaleSimilarity strain = similarity.scale("need-for-solitude.strain").orElseThrow();
    assertThat(strain.iccNotComputedBecause())
        .contains(
            "the partners' scores differ by the same amount in every couple, so an ICC is undefined");
    assertThat(strain.pairedTestNotComputedBecause())
        .contains(
            "the partners' differences (or their scores) do not vary, so t or d is undefined");
  }

  private static PartnerRoles roles(String first, String second) {
    return new PartnerRoles(
        Map.of(
            "a1", first, "b1", second, "a2", first, "b2", second, "a3", first, "b3", second, "a4",
            first, "b4", second));
  }

  private CoupleComparison compare(
      String code, String idA, int rechargeA, String idB, int rechargeB) {
    return comparer.compare(
        new Couple(
            code,
            client(idA).code(code).scale(RECHARGE, rechargeA).build(),
            client(idB).code(code).scale(RECHARGE, rechargeB).build()));
  }
}
