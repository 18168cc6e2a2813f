package dev.tandem.sample;

import java.util.Map;

/**
 * The kind of couple a synthetic pair of clients is drawn from: for each partner, the scale means
 * ("questionnaire.scale" -> target score on the response scale) that differ from the ordinary. The
 * archetypes mirror the patterns a coach looks for, so that the sample data shows each of them.
 */
enum Profile {
  SPACE_MEETS_ABANDONMENT(
      Map.of("need-for-solitude.recharge", 4.4, "need-for-solitude.autonomy", 4.1),
      Map.of("insecurity-triggers.abandonment", 4.3, "insecurity-triggers.reassurance", 4.2)),
  MERGED_AND_FLAT(
      Map.of(
          "closeness-desire.merging",
          4.3,
          "closeness-desire.separateness",
          1.9,
          "closeness-desire.desire",
          1.8),
      Map.of(
          "closeness-desire.merging",
          4.2,
          "closeness-desire.separateness",
          2.0,
          "closeness-desire.desire",
          2.1)),
  REASSURANCE_GAP(
      Map.of("insecurity-triggers.reassurance", 4.5),
      Map.of("insecurity-triggers.reassurance", 1.7)),
  BOTH_NEED_SPACE(
      Map.of("need-for-solitude.recharge", 4.3, "need-for-solitude.strain", 3.9),
      Map.of("need-for-solitude.recharge", 4.5)),
  BALANCED_WITH_SPARK(
      Map.of(
          "closeness-desire.merging",
          3.0,
          "closeness-desire.separateness",
          3.2,
          "closeness-desire.desire",
          4.4),
      Map.of(
          "closeness-desire.merging",
          3.1,
          "closeness-desire.separateness",
          3.0,
          "closeness-desire.desire",
          4.2)),
  CLOSENESS_MISMATCH(
      Map.of("closeness-desire.merging", 4.6, "closeness-desire.separateness", 1.6),
      Map.of("closeness-desire.merging", 1.6, "closeness-desire.separateness", 4.5)),
  AUTONOMY_MEETS_LOW_TRUST(
      Map.of("need-for-solitude.autonomy", 4.5),
      Map.of("insecurity-triggers.trust", 1.8, "insecurity-triggers.self-worth", 2.2)),
  UNSPOKEN_STRAIN(
      Map.of("need-for-solitude.strain", 4.3, "need-for-solitude.asking", 1.8),
      Map.of("insecurity-triggers.abandonment", 3.6)),
  ORDINARY(Map.of(), Map.of());

  private final Map<String, Double> first;
  private final Map<String, Double> second;

  Profile(Map<String, Double> first, Map<String, Double> second) {
    this.first = first;
    this.second = second;
  }

  Map<String, Double> partner(int which) {
    return which == 0 ? first : second;
  }
}
