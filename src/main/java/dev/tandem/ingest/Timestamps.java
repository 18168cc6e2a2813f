package dev.tandem.ingest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates and times survey tools write, and the forms Google Sheets downloads in the common
 * locales: ISO ({@code 2026-03-04 10:15:22}, {@code T} or space, optional seconds, fraction and
 * zone, also {@code 2026/03/04 10:15:22 AM GMT+1} and {@code 2025/07/31 11:59:34 am EEST}), {@code
 * M/d/yyyy H:mm[:ss] [AM|PM]} and {@code d/M/yyyy H:mm[:ss]}, and {@code d.M.yyyy H:mm[:ss]}, each
 * with or without a zone abbreviation or offset. Whether a slashed date is day or month first is
 * decided per file (see {@link Evidence}). A zone or offset is dropped: times are kept as the
 * wall-clock time the export shows. {@link #pattern} names the form a value was read as.
 */
final class Timestamps {

  /** Half a day, as {@code AM}, {@code pm}, {@code a.m.} or {@code p. m.}. */
  private static final String HALF_DAY = "(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?)?";

  /** A zone: {@code Z}, an abbreviation such as {@code EEST} or {@code GMT}, an offset, or both. */
  private static final String ZONE =
      "(\\s*(?:Z|[A-Za-z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[+-]\\d{1,2}(?::?\\d{2})?))?";

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})([-/.])(\\d{1,2})[-/.](\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
              + HALF_DAY
              + ")?"
              + ZONE);
  private static final Pattern LOCAL =
      Pattern.compile(
          "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}),?(?:[ T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?"
              + HALF_DAY
              + ")?"
              + ZONE);

  /** What one value says about the order of day and month. */
  enum Evidence {
    NONE,
    AMBIGUOUS,
    DAY_FIRST,
    MONTH_FIRST
  }

  private Timestamps() {}

  static Evidence evidence(String text) {
    Matcher m = LOCAL.matcher(text.strip());
    if (!m.matches() || !m.group(2).equals("/")) {
      return Evidence.NONE;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(3));
    if (first > 12 && second <= 12) {
      return Evidence.DAY_FIRST;
    }
    if (second > 12 && first <= 12) {
      return Evidence.MONTH_FIRST;
    }
    return first == second ? Evidence.NONE : Evidence.AMBIGUOUS;
  }

  /** The date and time, or empty when the text is none of the formats (or not a real date). */
  static Optional<LocalDateTime> parse(String text, boolean dayFirst) {
    String value = text.strip();
    try {
      if (isPlainIso(value)) {
        boolean seconds = value.length() >= 19;
        return Optional.of(
            build(
                value.substring(0, 4),
                value.substring(5, 7),
                value.substring(8, 10),
                value.substring(11, 13),
                value.substring(14, 16),
                seconds ? value.substring(17, 19) : null,
                null));
      }
      Matcher iso = ISO.matcher(value);
      if (iso.matches()) {
        return Optional.of(
            build(
                iso.group(1),
                iso.group(3),
                iso.group(4),
                iso.group(5),
                iso.group(6),
                iso.group(7),
                iso.group(8)));
      }
      Matcher local = LOCAL.matcher(value);
      if (local.matches()) {
        boolean dayComesFirst = !local.group(2).equals("/") || dayFirst;
        String day = dayComesFirst ? local.group(1) : local.group(3);
        String month = dayComesFirst ? local.group(3) : local.group(1);
        return Optional.of(
            build(
                local.group(4),
                month,
                day,
                local.group(5),
                local.group(6),
                local.group(7),
                local.group(8)));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The form the text was read as, in {@link java.time.format.DateTimeFormatter} letters (such as
   * {@code yyyy/MM/dd h:mm:ss a z}), for telling the coach; empty when {@link #parse} does not read
   * it.
   */
  static Optional<String> pattern(String text, boolean dayFirst) {
    String value = text.strip();
    if (parse(value, dayFirst).isEmpty()) {
      return Optional.empty();
    }
    Matcher iso = ISO.matcher(value);
    if (iso.matches()) {
      String date = "yyyy" + iso.group(2) + "MM" + iso.group(2) + "dd";
      boolean t = iso.group(5) != null && value.charAt(iso.end(4)) == 'T';
      return Optional.of(
          (date + (t ? "'T'" : " ") + time(iso.group(5), iso.group(7), iso.group(8), iso.group(9)))
              .strip());
    }
    Matcher local = LOCAL.matcher(value);
    local.matches();
    String separator = local.group(2);
    boolean dayComesFirst = !separator.equals("/") || dayFirst;
    String date =
        dayComesFirst
            ? "d" + separator + "M" + separator + "yyyy"
            : "M" + separator + "d" + separator + "yyyy";
    return Optional.of(
        (date + " " + time(local.group(5), local.group(7), local.group(8), local.group(9)))
            .strip());
  }

  private static String time(String hour, String second, String halfDay, String zone) {
    String time =
        hour == null
            ? ""
            : (halfDay == null ? "HH:mm" : "h:mm")
                + (second == null ? "" : ":ss")
                + (halfDay == null ? "" : " a");
    return zone == null ? time : time + " z";
  }

  /**
   * Whether the text is the most common form, {@code yyyy-MM-dd HH:mm[:ss][Z]} with {@code T} or a
   * space, which is read without the regular expressions (a large export has one per row); it is
   * read as the ISO pattern would read it.
   */
  private static boolean isPlainIso(String v) {
    int length = v.length();
    if (length > 16 && v.charAt(length - 1) == 'Z') {
      length--;
    }
    if (length != 16 && length != 19) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = v.charAt(i);
      boolean ok =
          switch (i) {
            case 4, 7 -> c == '-';
            case 10 -> c == 'T' || c == ' ';
            case 13, 16 -> c == ':';
            default -> c >= '0' && c <= '9';
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static LocalDateTime build(
      String year,
      String month,
      String day,
      String hour,
      String minute,
      String second,
      String halfDay) {
    int h = hour == null ? 0 : Integer.parseInt(hour);
    if (halfDay != null) {
      if (h < 1 || h > 12) {
        throw new IllegalArgumentException("hour out of range for AM/PM");
      }
      boolean pm = halfDay.equalsIgnoreCase("p");
      h = h % 12 + (pm ? 12 : 0);
    }
    return LocalDateTime.of(
        Integer.parseInt(year),
        Integer.parseInt(month),
        Integer.parseInt(day),
        h,
        minute == null ? 0 : Integer.parseInt(minute),
        second == null ? 0 : Integer.parseInt(second));
  }
}
