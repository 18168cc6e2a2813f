package dev.tandem.report;

import dev.tandem.couples.CoupleComparison;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.couples.ItemComparison;
import dev.tandem.couples.Partner;
import dev.tandem.couples.PatternMatch;
import dev.tandem.couples.ScaleComparison;
import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Concern;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.scoring.ScaleScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the couple's handout says, written to both partners by name: strengths together, growth
 * areas (the statements they answered far apart), the closeness-desire map, the patterns that fire
 * in couple-facing words, things to try together and the space agreement worksheet. Rules, stated
 * in the README:
 *
 * <ul>
 *   <li>a scale is a strength together when both partners' scores lie on its healthy side ({@link
 *       Standout}) and they agree on at least {@link #AGREEMENT} of its statements;
 *   <li>a statement is a strength together when both answered it alike (at most a point apart) on
 *       the healthy side of the response scale's middle, the mirror of a shared concern;
 *   <li>the growth areas are the discussion statements, two or more points apart.
 * </ul>
 */
record CoupleHandout(
    String code,
    String nameA,
    String nameB,
    List<String> strengthScales,
    List<String> strengthStatements,
    List<String> growthStatements,
    int growthTotal,
    CoupleReport map,
    List<String> patterns,
    List<String> toTry,
    SpaceAgreement agreement) {

  static final String TITLE = "Your Tandem couple handout";
  static final double AGREEMENT = 0.75;
  static final int STATEMENTS_SHOWN = 4;
  static final int GROWTH_SHOWN = 5;
  static final int TRY_SHOWN = 3;

  /** Things to try together when the patterns that fire offer fewer than two. */
  static final List<String> GENERAL_TRIES =
      List.of(
          "Set aside twenty unhurried minutes each week to talk about how time together and time apart are going.",
          "Each evening for a week, tell each other one thing the other did that made you feel close.",
          "Fill in the space agreement on the next page together, then try it for a month.");

  CoupleHandout {
    strengthScales = List.copyOf(strengthScales);
    strengthStatements = List.copyOf(strengthStatements);
    growthStatements = List.copyOf(growthStatements);
    patterns = List.copyOf(patterns);
    toTry = List.copyOf(toTry);
  }

  static CoupleHandout of(CoupleResult result) {
    CoupleComparison comparison = result.comparison();
    String a = comparison.couple().a().name().orElse("Partner A");
    String b = comparison.couple().b().name().orElse("Partner B");
    List<String> scales = new ArrayList<>();
    for (ScaleComparison scale : comparison.scales()) {
      if (healthy(scale.a())
          && healthy(scale.b())
          && (scale.agreement().isEmpty() || scale.agreement().getAsDouble() >= AGREEMENT - 1e-9)) {
        scales.add(scale.scale().name());
      }
    }
    List<String> statements =
        comparison.items().stream()
            .filter(CoupleHandout::agreedHealthy)
            .limit(STATEMENTS_SHOWN)
            .map(CoupleHandout::alike)
            .toList();
    List<ItemComparison> discussion = comparison.discussionItems();
    List<String> growth =
        discussion.stream().limit(GROWTH_SHOWN).map(item -> item.item().text()).toList();
    List<String> patterns = new ArrayList<>();
    List<String> tries = new ArrayList<>();
    for (PatternMatch match : result.patterns().fired()) {
      match.pattern().forCouple().ifPresent(patterns::add);
      match.pattern().tryTogether().filter(t -> tries.size() < TRY_SHOWN).ifPresent(tries::add);
    }
    for (String general : GENERAL_TRIES) {
      if (tries.size() < 2 || (tries.size() < TRY_SHOWN && general.startsWith("Fill in"))) {
        tries.add(general);
      }
    }
    return new CoupleHandout(
        comparison.couple().code(),
        a,
        b,
        scales,
        statements,
        growth,
        discussion.size(),
        CoupleReport.complete(result),
        patterns,
        tries,
        SpaceAgreement.of(comparison, a, b));
  }

  private static boolean healthy(ScaleScore score) {
    return score.isScored()
        && Standout.of(score.scale(), score.value().getAsDouble())
            .filter(s -> s.kind() == Standout.Kind.STRENGTH)
            .isPresent();
  }

  private static boolean agreedHealthy(ItemComparison item) {
    Concern concern = item.scale().concern();
    if (concern == Concern.NONE || !item.agrees()) {
      return false;
    }
    ResponseScale responses = item.questionnaire().responseScale();
    double middle = (responses.min() + responses.max()) / 2.0;
    double a = item.a().getAsDouble();
    double b = item.b().getAsDouble();
    return concern == Concern.HIGH ? a < middle && b < middle : a > middle && b > middle;
  }

  /** The statement in quotes and whether both agreed or both disagreed with it as written. */
  private static String alike(ItemComparison item) {
    ResponseScale responses = item.questionnaire().responseScale();
    double middle = (responses.min() + responses.max()) / 2.0;
    boolean agreed = item.given(Partner.A).orElse(middle) > middle;
    return "\u201C" + item.item().text() + "\u201D: you both " + (agreed ? "agreed" : "disagreed");
  }

  /** The band of a partner on a scale, when scored. */
  static Optional<String> band(CoupleComparison comparison, String reference, Partner partner) {
    return comparison
        .scale(reference)
        .map(s -> s.score(partner))
        .flatMap(ScaleScore::band)
        .map(Band::label);
  }
}
