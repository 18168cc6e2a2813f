package dev.tandem.scoring;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Scale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A respondent's score on one scale: the value (empty when too few items were answered, with the
 * reason), how many of the scale's items were answered, and the band the score falls in.
 */
public record ScaleScore(
    Scale scale,
    OptionalDouble value,
    int answered,
    int items,
    Optional<Band> band,
    Optional<String> missingReason) {

  public ScaleScore {
    Objects.requireNonNull(scale, "scale must not be null");
    if (value.isEmpty() && missingReason.isEmpty()) {
      throw new IllegalArgumentException("a missing score needs a reason");
    }
  }

  static ScaleScore scored(Scale scale, double value, int answered, int items) {
    return new ScaleScore(
        scale, OptionalDouble.of(value), answered, items, scale.bandFor(value), Optional.empty());
  }

  static ScaleScore missing(Scale scale, int answered, int items, String reason) {
    return new ScaleScore(
        scale, OptionalDouble.empty(), answered, items, Optional.empty(), Optional.of(reason));
  }

  public boolean isScored() {
    return value.isPresent();
  }
}
