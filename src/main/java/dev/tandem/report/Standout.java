package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Concern;
import dev.tandem.questionnaire.Scale;
import java.util.Optional;

/**
 * Where a score stands against its scale's {@code concern}, for the handouts' strengths and areas
 * to work on. Only scales with a concern have a healthy end: for {@code high} the low end, for
 * {@code low} the high end. A score in the band at the healthy end is a strength; in the band at
 * the other end, an area to work on; a score in a middle band on the concerning side of the scale's
 * midpoint only tops the areas up (the handout never calls a middle band a strength). {@link #lean}
 * orders them: 1 at the healthy end of the range, 0 at the concerning end.
 */
record Standout(Kind kind, boolean endBand, double lean) {

  enum Kind {
    STRENGTH,
    AREA
  }

  /**
   * How a scored scale stands out, if it does: empty for scales without a concern or exactly
   * mid-range.
   */
  static Optional<Standout> of(Scale scale, double score) {
    if (scale.concern() == Concern.NONE
        || scale.bands().isEmpty()
        || scale.highest() <= scale.lowest()) {
      return Optional.empty();
    }
    double position = (score - scale.lowest()) / (scale.highest() - scale.lowest());
    double lean = scale.concern() == Concern.LOW ? position : 1 - position;
    Optional<Band> band = scale.bandFor(score);
    if (band.isEmpty()) {
      return Optional.empty();
    }
    Band healthy =
        scale.concern() == Concern.LOW
            ? scale.bands().get(scale.bands().size() - 1)
            : scale.bands().get(0);
    Band concerning =
        scale.concern() == Concern.LOW
            ? scale.bands().get(0)
            : scale.bands().get(scale.bands().size() - 1);
    if (band.get().equals(healthy)) {
      return Optional.of(new Standout(Kind.STRENGTH, true, lean));
    }
    if (band.get().equals(concerning)) {
      return Optional.of(new Standout(Kind.AREA, true, lean));
    }
    if (lean == 0.5) {
      return Optional.empty();
    }
    return Optional.of(new Standout(lean > 0.5 ? Kind.STRENGTH : Kind.AREA, false, lean));
  }

  /** How strongly it stands out: end bands first, then the distance from the midpoint. */
  double strength() {
    return (endBand ? 1 : 0) + Math.abs(lean - 0.5);
  }
}
