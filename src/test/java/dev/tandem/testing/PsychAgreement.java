package dev.tandem.testing;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How Tandem's numbers are held to R's psych: to a relative tolerance, so a p-value of 1e-12 is
 * checked to its own twelfth digit rather than passing against 0. Only where psych gives exactly 0
 * is an absolute floor used, far below anything a report prints.
 */
public final class PsychAgreement {

  /** Relative tolerance: the digits R and Tandem must share. */
  public static final double RELATIVE = 1e-9;

  /** Where psych's value is exactly 0, Tandem's must be within this of it. */
  public static final double AT_ZERO = 1e-12;

  private PsychAgreement() {}

  /** Fails unless {@code actual} agrees with psych's {@code expected} to the relative tolerance. */
  public static void assertAgrees(double actual, double expected, String what) {
    if (expected == 0) {
      assertThat(Math.abs(actual)).as(what + ": psych gives 0").isLessThanOrEqualTo(AT_ZERO);
      return;
    }
    double relative = Math.abs(actual - expected) / Math.abs(expected);
    assertThat(relative)
        .as("%s: Tandem %s, psych %s", what, actual, expected)
        .isLessThanOrEqualTo(RELATIVE);
  }
}
