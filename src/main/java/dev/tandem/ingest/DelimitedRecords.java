package dev.tandem.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvMalformedLineException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Splits delimited text into records, one physical line at a time, with the same results as
 * OpenCSV's {@link com.opencsv.CSVReader} over its RFC 4180 parser, at a fraction of the cost on
 * the large exports where it matters. A record without any quote character, by far the common case,
 * is cut at each separator directly; a record with quotes goes to OpenCSV's RFC 4180 parser, fed
 * one physical line at a time while a quoted field is open, as CSVReader does. A record may span
 * any number of lines (a Qualtrics header with line breaks in its question texts spans hundreds)
 * but holds at most a given number of characters, so an unclosed quote cannot swallow the whole
 * file. Cells of one ASCII character, which is what numeric answers are, are shared string
 * constants instead of new objects. Not thread safe.
 */
final class DelimitedRecords {

  private static final String[] ONE_CHARACTER = new String[128];

  static {
    for (char c = 0; c < ONE_CHARACTER.length; c++) {
      ONE_CHARACTER[c] = String.valueOf(c).intern();
    }
  }

  private final BufferedReader reader;
  private final char separator;
  private final int maxRecordChars;
  private final RFC4180Parser quoted;
  private String[] cells = new String[0];
  private String[] scratch = new String[16];
  private long linesRead;
  private long recordLine;

  /** A record that grew past the limit while a quoted field was open. */
  static final class RecordTooLongException extends CsvMalformedLineException {
    private static final long serialVersionUID = 1L;

    RecordTooLongException(long line, int limit) {
      super("a record holds more than " + limit + " characters", line, "");
    }
  }

  /**
   * @param maxRecordChars the most characters one record may hold, line breaks included; beyond it
   *     a {@link RecordTooLongException} is reported, at the end of the input an unclosed quote
   */
  DelimitedRecords(BufferedReader reader, char separator, int maxRecordChars) {
    this.reader = reader;
    this.separator = separator;
    this.maxRecordChars = maxRecordChars;
    this.quoted = new RFC4180ParserBuilder().withSeparator(separator).build();
  }

  /**
   * Reads the next record; false at the end of the input.
   *
   * @throws CsvMalformedLineException when a quoted field is never closed, a {@link
   *     RecordTooLongException} when the record grows past the limit
   */
  boolean advance() throws IOException {
    String line = reader.readLine();
    if (line == null) {
      return false;
    }
    linesRead++;
    recordLine = linesRead;
    if (line.indexOf('"') < 0) {
      cells = split(line);
    } else {
      cells = quotedRecord(line);
    }
    return true;
  }

  /** The cells of the current record; a new array for each record. */
  String[] cells() {
    return cells;
  }

  /**
   * The physical line (1-based, counted from where the reader started) on which the current record
   * starts.
   */
  long recordLine() {
    return recordLine;
  }

  /** Physical lines read so far. */
  long linesRead() {
    return linesRead;
  }

  private String[] split(String line) {
    int count = 0;
    int start = 0;
    int length = line.length();
    while (true) {
      int end = line.indexOf(separator, start);
      if (end < 0) {
        end = length;
      }
      if (count == scratch.length) {
        scratch = Arrays.copyOf(scratch, count * 2);
      }
      scratch[count++] = cell(line, start, end);
      if (end == length) {
        break;
      }
      start = end + 1;
    }
    return Arrays.copyOf(scratch, count);
  }

  private static String cell(String line, int start, int end) {
    if (end == start) {
      return "";
    }
    if (end == start + 1) {
      char c = line.charAt(start);
      if (c < ONE_CHARACTER.length) {
        return ONE_CHARACTER[c];
      }
    }
    return line.substring(start, end);
  }

  /**
   * A record with quotes, through OpenCSV's parser as its CSVReader drives it: further physical
   * lines are fed to the parser while a quoted field is still open.
   */
  private String[] quotedRecord(String first) throws IOException {
    String[] result = quoted.parseLineMulti(first);
    long chars = first.length();
    while (quoted.isPending()) {
      if (chars > maxRecordChars) {
        throw new RecordTooLongException(recordLine, maxRecordChars);
      }
      String next = reader.readLine();
      if (next == null) {
        throw new CsvMalformedLineException("a quoted field is never closed", recordLine, "");
      }
      linesRead++;
      chars += next.length() + 1;
      String[] more = quoted.parseLineMulti(next);
      if (more.length > 0) {
        String[] joined = Arrays.copyOf(result, result.length + more.length);
        System.arraycopy(more, 0, joined, result.length, more.length);
        result = joined;
      }
    }
    return result;
  }
}
