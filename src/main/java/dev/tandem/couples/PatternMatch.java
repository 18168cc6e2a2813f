package dev.tandem.couples;

import java.util.List;
import java.util.Objects;

/**
 * A pattern that fired for a couple. {@code oneSide} lists the partners who matched the "one" side
 * of the pattern's {@code oneAndOther} rule (the other partner matched "other"): one partner
 * usually, both when the couple matches either way round, none when the pattern has no such rule.
 * {@code evidence} says, in words, which score met which condition.
 */
public record PatternMatch(CouplePattern pattern, List<Partner> oneSide, List<String> evidence) {

  public PatternMatch {
    Objects.requireNonNull(pattern, "pattern must not be null");
    oneSide = List.copyOf(oneSide);
    evidence = List.copyOf(evidence);
  }
}
