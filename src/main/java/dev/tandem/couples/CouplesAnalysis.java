package dev.tandem.couples;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.ScoredCohort;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the couple reports need from a scored cohort: who is paired with whom (and who is
 * not), each complete couple's comparison and the patterns that fire for it, and partner similarity
 * per scale across couples.
 */
public record CouplesAnalysis(
    Pairing pairing, List<CoupleResult> couples, PartnerSimilarity similarity) {

  public CouplesAnalysis {
    Objects.requireNonNull(pairing, "pairing must not be null");
    Objects.requireNonNull(similarity, "similarity must not be null");
    couples = List.copyOf(couples);
  }

  /** One complete couple: the comparison of both partners and the pattern evaluation. */
  public record CoupleResult(CoupleComparison comparison, PatternEvaluation patterns) {
    public CoupleResult {
      Objects.requireNonNull(comparison, "comparison must not be null");
      Objects.requireNonNull(patterns, "patterns must not be null");
    }

    public Couple couple() {
      return comparison.couple();
    }
  }

  public static CouplesAnalysis of(
      ScoredCohort cohort, CouplePatterns patterns, PartnerRoles roles) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(patterns, "patterns must not be null");
    Objects.requireNonNull(roles, "roles must not be null");
    List<Questionnaire> questionnaires = cohort.questionnaires();
    Pairing pairing = Pairing.of(cohort.clients());
    CoupleComparer comparer = new CoupleComparer(questionnaires);
    List<CoupleResult> results = new ArrayList<>();
    List<CoupleComparison> comparisons = new ArrayList<>();
    for (Couple couple : pairing.couples()) {
      CoupleComparison comparison = comparer.compare(couple);
      comparisons.add(comparison);
      results.add(new CoupleResult(comparison, patterns.evaluate(comparison)));
    }
    return new CouplesAnalysis(
        pairing, results, PartnerSimilarity.of(questionnaires, comparisons, roles));
  }
}
