package dev.tandem.couples;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How alike the shapes of two partners' profiles are: the Pearson correlation across the scales
 * both have scores on. {@code value} is empty, with the reason in {@code undefinedBecause}, when it
 * cannot be computed.
 */
public record ProfileCorrelation(
    OptionalDouble value, int scales, Optional<String> undefinedBecause) {

  public ProfileCorrelation {
    if (value.isEmpty() == undefinedBecause.isEmpty()) {
      throw new IllegalArgumentException("a profile correlation has either a value or a reason");
    }
  }

  static ProfileCorrelation of(double value, int scales) {
    return new ProfileCorrelation(OptionalDouble.of(value), scales, Optional.empty());
  }

  static ProfileCorrelation undefined(int scales, String reason) {
    return new ProfileCorrelation(OptionalDouble.empty(), scales, Optional.of(reason));
  }
}
