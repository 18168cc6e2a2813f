package dev.tandem.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read in text (charts, PDF); cells use number formats instead. */
final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);
  private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yy", Locale.ENGLISH);

  private Formats() {}

  static String score(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String signed(double value) {
    return String.format(Locale.ROOT, "%+.2f", value);
  }

  static String date(LocalDate date) {
    return DATE.format(date);
  }

  static String shortDate(LocalDate date) {
    return SHORT_DATE.format(date);
  }

  static String month(LocalDate date) {
    return MONTH.format(date);
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ... */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }
}
