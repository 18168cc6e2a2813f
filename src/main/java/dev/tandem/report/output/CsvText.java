package dev.tandem.report.output;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text for the CSV files Tandem writes. A text field that starts like a formula ({@code = + - @}, a
 * tab or a carriage return) gets a leading apostrophe so that Excel, LibreOffice and Google Sheets
 * show it as text instead of running it (the OWASP advice on CSV injection); every field is then
 * quoted as RFC 4180 needs. Numbers are not text: the scores CSV writes them itself, sign kept.
 */
public final class CsvText {

  private CsvText() {}

  /** True when a spreadsheet would read the text as the start of a formula. */
  public static boolean startsLikeFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  }

  /** A text field, neutralised and quoted where needed. */
  public static String text(String value) {
    String safe = startsLikeFormula(value) ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0 || safe.indexOf(';') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** One line of text fields, without the line ending. */
  public static String row(List<String> texts) {
    return texts.stream().map(CsvText::text).collect(Collectors.joining(","));
  }
}
