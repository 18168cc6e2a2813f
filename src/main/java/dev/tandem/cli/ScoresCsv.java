package dev.tandem.cli;

import dev.tandem.report.output.CsvText;
import dev.tandem.report.output.NumberTexts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the scores table as RFC 4180 CSV in UTF-8: comma-separated, a field quoted when it holds a
 * comma, quote, semicolon or line break, numbers in full precision with a decimal point, and text
 * that starts like a formula prefixed with an apostrophe (see {@link CsvText}).
 */
final class ScoresCsv {

  private ScoresCsv() {}

  /** Characters of whole lines gathered before they are encoded and written. */
  private static final int CHUNK = 1 << 15;

  /**
   * Writes the header and the rows, as they are iterated, to {@code out} (which is flushed, not
   * closed). Whole lines are gathered as text and encoded a chunk at a time: a writer's call per
   * cell, each copying its characters twice on the way, was most of this method's time.
   */
  static void write(List<String> header, Iterable<List<Object>> rows, OutputStream out)
      throws IOException {
    StringBuilder text = new StringBuilder(CHUNK + 1024);
    NumberTexts numbers = new NumberTexts(ScoresCsv::plain);
    line(text, List.copyOf(header), numbers);
    for (List<Object> row : rows) {
      line(text, row, numbers);
      if (text.length() >= CHUNK) {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        text.setLength(0);
      }
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private static void line(StringBuilder text, List<?> values, NumberTexts numbers) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      Object value = values.get(i);
      text.append(value instanceof Double number ? numbers.of(number) : field(value));
    }
    text.append("\r\n");
  }

  /**
   * A number in full precision without an exponent, as {@code
   * BigDecimal.valueOf(x).toPlainString()} writes it; most scores need no BigDecimal for that (one
   * per cell is much of a large file's cost).
   */
  static String plain(double number) {
    if (number == 0) {
      return "0.0";
    }
    String text = Double.toString(number);
    return text.indexOf('E') < 0 && Double.isFinite(number)
        ? text
        : BigDecimal.valueOf(number).toPlainString();
  }

  static String field(Object value) {
    if (value instanceof Double number) {
      return plain(number);
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    // ids and couple codes come from the export: text that looks like a formula is neutralised
    return CsvText.text(value.toString());
  }
}
