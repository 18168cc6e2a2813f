package dev.tandem.report.output;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Text for the CSV files Tandem writes. A text field that starts like a formula ({@code = + - @}, a
 * tab or a carriage return) gets a leading apostrophe so that Excel, LibreOffice and Google Sheets
 * show it as text instead of running it (the OWASP advice on CSV injection); every field is then
 * quoted as RFC 4180 needs. Leading blanks do not hide a formula: {@code " =1+1"} is neutralised
 * too. Numbers are not text: the scores CSV writes them itself, sign kept.
 */
public final class CsvText {

  private CsvText() {}

  /**
   * True when a spreadsheet could read the text as the start of a formula: its first character is
   * {@code = + - @}, a tab or a carriage return, or its first character that is not a space or line
   * break is one of {@code = + - @} (some programs trim leading blanks before they look, so {@code
   * " =1+1"} is treated like {@code "=1+1"}).
   */
  public static boolean startsLikeFormula(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=' || c == '+' || c == '-' || c == '@' || (i == 0 && (c == '\t' || c == '\r'))) {
        return true;
      }
      if (!isBlank(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u00A0' || c == '\u3000';
  }

  /** A text field, neutralised and quoted where needed. */
  public static String text(String value) {
    String safe = startsLikeFormula(value) ? "'" + value : value;
    boolean quote =
        safe.indexOf(',') >= 0
            || safe.indexOf('"') >= 0
            || safe.indexOf('\n') >= 0
            || safe.indexOf('\r') >= 0
            || safe.indexOf(';') >= 0;
    return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
  }

  /** One line of text fields, without the line ending. */
  public static String row(List<String> texts) {
    return texts.stream().map(CsvText::text).collect(Collectors.joining(","));
  }
}
