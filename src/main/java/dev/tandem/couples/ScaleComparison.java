package dev.tandem.couples;

import dev.tandem.questionnaire.PartnerDifference.DifferenceSize;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.ScaleScore;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Both partners' scores on one scale. {@code difference} is A minus B and {@code size} its size in
 * the questionnaire's words, both empty when either score is missing. {@code agreement} is the
 * share of the scale's items, among those both partners answered, on which their keyed answers are
 * at most one scale point apart; empty for a composite scale (it has no items of its own) or when
 * no item was answered by both. {@code itemsCompared} is the number of items behind that share.
 */
public record ScaleComparison(
    Questionnaire questionnaire,
    Scale scale,
    ScaleScore a,
    ScaleScore b,
    OptionalDouble difference,
    Optional<DifferenceSize> size,
    OptionalDouble agreement,
    int itemsCompared) {

  public ScaleComparison {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(scale, "scale must not be null");
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
  }

  public ScaleScore score(Partner partner) {
    return partner == Partner.A ? a : b;
  }

  /** The scale as patterns name it: questionnaireId.scaleId. */
  public String reference() {
    return questionnaire.id() + "." + scale.id();
  }
}
