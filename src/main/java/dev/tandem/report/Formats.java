package dev.tandem.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers and dates read in text (charts, PDF, headers); cells use number formats instead.
 * Every date a report prints has the one long form of {@link #date}.
 */
final class Formats {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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

  /**
   * The footer's date, labelled so nobody takes it for the assessment date: "Printed 30 November
   * 2026".
   */
  static String printed(LocalDate date) {
    return "Printed " + date(date);
  }

  /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st ... */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix =
        lastTwo >= 11 && lastTwo <= 13
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }
}
