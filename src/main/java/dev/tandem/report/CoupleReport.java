package dev.tandem.report;

import dev.tandem.couples.CoupleComparison;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.couples.ItemComparison;
import dev.tandem.couples.MissingQuestionnaire;
import dev.tandem.couples.Partner;
import dev.tandem.couples.PatternEvaluation;
import dev.tandem.couples.PatternMatch;
import dev.tandem.couples.ScaleComparison;
import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.scoring.Client;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a couple's session page shows, worked out once from the analysis so that the workbook and
 * the PDF say the same thing: the partners' headings, scale rows, the closeness-desire points, the
 * patterns that fire, the discussion items and the shared concerns, and notes on anything missing.
 */
record CoupleReport(
    String code,
    String partnerA,
    String partnerB,
    List<ScaleRow> scales,
    List<Point> closeness,
    List<PatternRow> patterns,
    List<String> undecided,
    List<ItemRow> discussion,
    int discussionTotal,
    List<ItemRow> concerns,
    int concernsTotal,
    List<ItemRow> allItems,
    List<String> notes) {

  /**
   * The page shows this many discussion items and shared concerns; the items sheet has them all.
   */
  static final int DISCUSSION_SHOWN = 10;

  static final int CONCERNS_SHOWN = 6;

  static final String CLOSENESS = "closeness-desire";
  static final String MERGING = CLOSENESS + ".merging";
  static final String SEPARATENESS = CLOSENESS + ".separateness";
  static final String DESIRE = CLOSENESS + ".desire";
  static final List<String> PARTNERS = List.of("Partner A", "Partner B");

  /** One scale, both partners. {@code composite} rows are left out of the paired chart. */
  record ScaleRow(
      String questionnaire,
      String scale,
      boolean composite,
      double lowest,
      double highest,
      OptionalDouble a,
      String bandA,
      OptionalDouble b,
      String bandB,
      OptionalDouble difference,
      String size,
      OptionalDouble agreement) {}

  /** A partner on the closeness-desire picture. */
  record Point(Partner partner, String label, double merging, double separateness, double desire) {}

  record PatternRow(String name, String sides, String guidance, List<String> evidence) {}

  record ItemRow(
      String questionnaire,
      String scale,
      String text,
      boolean reversed,
      String givenA,
      String givenB,
      OptionalDouble keyedA,
      OptionalDouble keyedB,
      OptionalDouble difference) {}

  /** The same report showing at most this many discussion items and shared concerns. */
  CoupleReport limited(int discussionShown, int concernsShown) {
    return new CoupleReport(
        code,
        partnerA,
        partnerB,
        scales,
        closeness,
        patterns,
        undecided,
        discussion.subList(0, Math.min(discussionShown, discussion.size())),
        discussionTotal,
        concerns.subList(0, Math.min(concernsShown, concerns.size())),
        concernsTotal,
        allItems,
        notes);
  }

  /** Whether some discussion items or shared concerns are left off this report's lists. */
  boolean hidesItems() {
    return discussion.size() < discussionTotal || concerns.size() < concernsTotal;
  }

  /** The report with every discussion item and shared concern. */
  static CoupleReport complete(CoupleResult result) {
    CoupleComparison comparison = result.comparison();
    String a = heading(Partner.A, comparison.couple().a());
    String b = heading(Partner.B, comparison.couple().b());
    List<ScaleRow> scales = comparison.scales().stream().map(CoupleReport::scaleRow).toList();
    List<ItemRow> discussion =
        comparison.discussionItems().stream().map(CoupleReport::itemRow).toList();
    List<ItemRow> concerns =
        comparison.sharedConcerns().stream().map(CoupleReport::itemRow).toList();
    return new CoupleReport(
        comparison.couple().code(),
        a,
        b,
        scales,
        closeness(comparison),
        patterns(result.patterns()),
        result.patterns().undecided().stream()
            .map(u -> u.pattern().name() + ": " + u.reason())
            .toList(),
        discussion,
        discussion.size(),
        concerns,
        concerns.size(),
        comparison.items().stream().map(CoupleReport::itemRow).toList(),
        notes(comparison));
  }

  /**
   * "Partner A: Alex Berg, answered 5 May 2026": the name where the export has one, else the
   * client's id (under --pseudonymize, the client's code).
   */
  private static String heading(Partner partner, Client client) {
    String who = "Partner " + partner.name() + ": " + client.name().orElse(client.id());
    return who
        + client
            .latest()
            .submitted()
            .map(t -> ", answered " + Formats.date(t.toLocalDate()))
            .orElse("");
  }

  private static ScaleRow scaleRow(ScaleComparison s) {
    return new ScaleRow(
        s.questionnaire().title(),
        s.scale().name(),
        s.scale().isComposite(),
        s.scale().lowest(),
        s.scale().highest(),
        s.a().value(),
        s.a().band().map(Band::label).orElse(missing(s.a().missingReason())),
        s.b().value(),
        s.b().band().map(Band::label).orElse(missing(s.b().missingReason())),
        s.difference(),
        s.size().map(z -> z.words()).orElse(""),
        s.agreement());
  }

  private static String missing(Optional<String> reason) {
    return reason.isPresent() ? "not scored" : "";
  }

  private static ItemRow itemRow(ItemComparison item) {
    ResponseScale responses = item.questionnaire().responseScale();
    return new ItemRow(
        item.questionnaire().title(),
        item.scale().name(),
        item.item().text(),
        item.item().reversed(),
        label(responses, item.given(Partner.A)),
        label(responses, item.given(Partner.B)),
        item.a(),
        item.b(),
        item.difference());
  }

  private static String label(ResponseScale responses, OptionalDouble given) {
    if (given.isEmpty()) {
      return "(no answer)";
    }
    int value = (int) Math.round(given.getAsDouble());
    return value + " " + responses.label(value);
  }

  private static List<Point> closeness(CoupleComparison comparison) {
    Optional<ScaleComparison> merging = comparison.scale(MERGING);
    Optional<ScaleComparison> separateness = comparison.scale(SEPARATENESS);
    Optional<ScaleComparison> desire = comparison.scale(DESIRE);
    if (merging.isEmpty() || separateness.isEmpty() || desire.isEmpty()) {
      return List.of();
    }
    List<Point> points = new ArrayList<>();
    for (Partner partner : Partner.values()) {
      OptionalDouble m = merging.get().score(partner).value();
      OptionalDouble s = separateness.get().score(partner).value();
      OptionalDouble d = desire.get().score(partner).value();
      if (m.isPresent() && s.isPresent() && d.isPresent()) {
        points.add(
            new Point(partner, partner.name(), m.getAsDouble(), s.getAsDouble(), d.getAsDouble()));
      }
    }
    return points;
  }

  private static List<PatternRow> patterns(PatternEvaluation evaluation) {
    List<PatternRow> rows = new ArrayList<>();
    for (PatternMatch match : evaluation.fired()) {
      String sides =
          switch (match.oneSide().size()) {
            case 0 -> "both";
            case 1 -> "first side: partner " + match.oneSide().get(0).name();
            default -> "either way round";
          };
      rows.add(
          new PatternRow(
              match.pattern().name(), sides, match.pattern().guidance().strip(), match.evidence()));
    }
    return rows;
  }

  private static List<String> notes(CoupleComparison comparison) {
    List<String> notes = new ArrayList<>();
    for (MissingQuestionnaire missing : comparison.missing()) {
      String text = missing.describe();
      notes.add(Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
    }
    comparison
        .profile()
        .value()
        .ifPresentOrElse(
            r ->
                notes.add(
                    String.format(
                        Locale.ROOT,
                        "Profile correlation across %d scales: %.2f (1 = the same shape, 0 = unrelated, -1 = opposite).",
                        comparison.profile().scales(),
                        r)),
            () ->
                notes.add(
                    "Profile correlation not given: "
                        + comparison.profile().undefinedBecause().orElseThrow()
                        + "."));
    return notes;
  }
}
