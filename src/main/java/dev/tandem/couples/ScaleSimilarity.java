package dev.tandem.couples;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import java.util.Objects;
import java.util.Optional;

/**
 * How alike partners are on one scale across the complete couples that both have a score on it: the
 * intraclass correlations, and the paired t-test of the first role minus the second where roles are
 * distinguishable. Each is present or, when not computed, replaced by the reason.
 */
public record ScaleSimilarity(
    Questionnaire questionnaire,
    Scale scale,
    int couples,
    Optional<Icc> icc,
    Optional<String> iccNotComputedBecause,
    Optional<PairedTest> pairedTest,
    Optional<String> pairedTestNotComputedBecause) {

  public ScaleSimilarity {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(scale, "scale must not be null");
    if (icc.isEmpty() == iccNotComputedBecause.isEmpty()) {
      throw new IllegalArgumentException("an ICC is either computed or has a reason");
    }
    if (pairedTest.isEmpty() == pairedTestNotComputedBecause.isEmpty()) {
      throw new IllegalArgumentException("a paired test is either computed or has a reason");
    }
  }

  public String reference() {
    return questionnaire.id() + "." + scale.id();
  }
}
