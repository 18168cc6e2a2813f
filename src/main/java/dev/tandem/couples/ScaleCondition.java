package dev.tandem.couples;

import dev.tandem.questionnaire.Band;
import dev.tandem.scoring.ScaleScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A condition on one partner's score on one scale ({@code questionnaireId.scaleId}): the score
 * falls in one of {@code bands}, or lies in [atLeast, below) where either end may be open. A
 * missing score meets no condition.
 */
record ScaleCondition(
    String scale, List<String> bands, OptionalDouble atLeast, OptionalDouble below) {

  public ScaleCondition {
    Objects.requireNonNull(scale, "scale must not be null");
    bands = List.copyOf(bands);
    if (bands.isEmpty() && atLeast.isEmpty() && below.isEmpty()) {
      throw new IllegalArgumentException("a condition needs bands or a score range");
    }
  }

  public boolean holds(ScaleScore score) {
    if (score.value().isEmpty()) {
      return false;
    }
    if (!bands.isEmpty()) {
      return score.band().map(Band::label).filter(bands::contains).isPresent();
    }
    double value = score.value().getAsDouble();
    return (atLeast.isEmpty() || value >= atLeast.getAsDouble())
        && (below.isEmpty() || value < below.getAsDouble());
  }

  /** The condition in words, e.g. "need-for-solitude.recharge in band High". */
  public String describe() {
    if (!bands.isEmpty()) {
      return scale + " in band " + String.join(" or ", bands);
    }
    List<String> parts = new ArrayList<>();
    atLeast.ifPresent(v -> parts.add("at least " + CoupleText.number(v)));
    below.ifPresent(v -> parts.add("below " + CoupleText.number(v)));
    return scale + " " + String.join(" and ", parts);
  }
}
