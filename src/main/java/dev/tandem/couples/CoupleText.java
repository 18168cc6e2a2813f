package dev.tandem.couples;

import java.math.BigDecimal;

/** Small formatting helpers for the words this package writes. */
final class CoupleText {

  private CoupleText() {}

  /** A score as the session page's tables print it, always with two decimals: 4.00, 4.33. */
  static String score(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }

  /** A number as a coach wrote it: 1.5, 4, -1 (no trailing zeros), up to two decimals. */
  static String number(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
  }
}
