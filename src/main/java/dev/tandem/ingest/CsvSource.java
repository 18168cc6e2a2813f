package dev.tandem.ingest;

import com.opencsv.exceptions.CsvMalformedLineException;
import dev.tandem.questionnaire.Position;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delimited text read record by record, never the whole file at once. The encoding comes from a
 * byte-order mark (UTF-8, UTF-16), else from {@code --encoding}, else UTF-8 when every byte of the
 * file is valid UTF-8, Windows-1252 when no byte sequence in it is UTF-8 (noted), and a stop naming
 * the first line that is not UTF-8 when it mixes the two ({@link Utf8Scan}). The delimiter is a
 * {@code sep=X} first line when there is one, else whichever of comma, semicolon and tab occurs
 * most often outside quotes in the header line. Records are split as OpenCSV's RFC 4180 parser
 * splits them ({@link DelimitedRecords}: backslashes kept, quoted line breaks allowed); each record
 * reports the line on which it starts.
 */
final class CsvSource implements RowSource {

  /**
   * One record (a row, or a header row of long question texts with line breaks) holds at most this
   * many characters, 1 MB of text; beyond it an unclosed quote is assumed.
   */
  static final int MAX_RECORD_CHARS = 1 << 20;

  /**
   * The header line is read ahead to find the delimiter; 20,000 columns of long question texts fit.
   */
  static final int MAX_HEADER_CHARS = 4 * 1024 * 1024;

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern SEP_LINE = Pattern.compile("^\"?sep=(.)\"?[,;\\t]*$");

  private final Path file;
  private final BufferedReader reader;
  private final DelimitedRecords csv;
  private final int lineOffset;
  private final String format;
  private final List<String> notes;

  private CsvSource(
      Path file,
      BufferedReader reader,
      DelimitedRecords csv,
      int lineOffset,
      String format,
      List<String> notes) {
    this.file = file;
    this.reader = reader;
    this.csv = csv;
    this.lineOffset = lineOffset;
    this.format = format;
    this.notes = List.copyOf(notes);
  }

  static CsvSource open(Path file, Optional<Charset> forced) {
    List<String> notes = new ArrayList<>();
    byte[] head = head(file, 4);
    if (head.length == 0) {
      throw new ImportException(
          Position.ofFile(file), "the file is empty; export the responses again");
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw new ImportException(
          Position.ofFile(file),
          "the file is a zipped workbook, not CSV text;"
              + " rename it to end in .xlsx, or save it from the spreadsheet program as CSV");
    }
    Charset charset;
    int skip = 0;
    String bom = "";
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      charset = StandardCharsets.UTF_8;
      skip = 3;
      bom = " with byte-order mark";
    } else if (startsWith(head, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
      bom = " with byte-order mark";
    } else if (startsWith(head, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
      bom = " with byte-order mark";
    } else if (forced.isPresent()) {
      charset = forced.get();
    } else {
      Utf8Scan scan = Utf8Scan.of(file);
      if (scan.isValid()) {
        charset = StandardCharsets.UTF_8;
      } else if (scan.hasMultibyte()) {
        throw new ImportException(
            new Position(file, (int) scan.firstInvalidLine(), 0),
            "the file mixes"
                + " encodings: it holds letters written as UTF-8, but this line is not valid UTF-8 (probably"
                + " Windows-1252, what Excel on Windows saves as \"CSV\"), so no one encoding reads every name"
                + " right; save the file again as \"CSV UTF-8\" after correcting this line, or pass --encoding to"
                + " read the whole file in one encoding");
      } else {
        charset = WINDOWS_1252;
        charset = WINDOWS_1252;
        notes.add(
            file
                + ": the file is not valid UTF-8, so it was read as Windows-1252 (what Excel on"
                + " Windows saves as \"CSV\"); if letters look wrong, pass --encoding with the right encoding"
                + " or save the file as \"CSV UTF-8\"");
      }
    }
    BufferedReader reader = null;
    try {
      InputStream in = Files.newInputStream(PipedInputs.readable(file));
      in.skipNBytes(skip);
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      reader.mark(MAX_HEADER_CHARS);
      String first = reader.readLine();
      if (first == null || first.isEmpty() && reader.readLine() == null) {
        reader.close();
        throw new ImportException(
            Position.ofFile(file), "the file is empty; export the responses again");
      }
      char separator;
      int offset = 0;
      Matcher sep = SEP_LINE.matcher(first);
      if (sep.matches()) {
        separator = sep.group(1).charAt(0);
        offset = 1;
      } else {
        if (first.length() >= MAX_HEADER_CHARS - 2) {
          reader.close();
          throw new ImportException(
              new Position(file, 1, 0),
              "the first line has "
                  + first.length()
                  + " characters, far more than a header row; the file is damaged or not a survey export");
        }
        reader.reset();
        separator = separator(first);
      }
      DelimitedRecords csv = new DelimitedRecords(reader, separator, MAX_RECORD_CHARS);
      String format =
          charset.displayName()
              + bom
              + ", "
              + describe(separator)
              + (offset == 1 ? " (from the sep= line)" : "");
      return new CsvSource(file, reader, csv, offset, format, notes);
    } catch (CharacterCodingException e) {
      closeQuietly(reader);
      throw notEncoded(file, charset, 1);
    } catch (IOException e) {
      closeQuietly(reader);
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Row> next() {
    long before = csv.linesRead();
    try {
      if (!csv.advance()) {
        return Optional.empty();
      }
      return Optional.of(new Row((int) csv.recordLine() + lineOffset, csv.cells()));
    } catch (DelimitedRecords.RecordTooLongException e) {
      throw new ImportException(
          new Position(file, (int) before + 1 + lineOffset, 0),
          "the record that starts on this line is longer than "
              + MAX_RECORD_CHARS
              + " characters (1 MB),"
              + " the most one row may hold, with a quoted field still open: a closing quote (\") is"
              + " probably missing. Add it in the file, or save the file again from the spreadsheet program");
    } catch (CsvMalformedLineException e) {
      throw new ImportException(
          new Position(file, (int) before + 1 + lineOffset, 0),
          "a quoted field that starts in this record is never closed, so the rest of the file cannot be"
              + " split into rows; add the missing closing quote (\") in the file, or save it again from"
              + " the spreadsheet program");
    } catch (CharacterCodingException e) {
      throw notEncoded(file, StandardCharsets.UTF_8, (int) before + 1 + lineOffset);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String format() {
    return format;
  }

  @Override
  public List<String> notes() {
    return notes;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ImportException notEncoded(Path file, Charset charset, int line) {
    return new ImportException(
        new Position(file, line, 0),
        "the file is not valid "
            + charset.displayName()
            + " text from this line on; pass --encoding with the encoding the file"
            + " was saved in (for example windows-1252), or save it again as \"CSV UTF-8\"");
  }

  /** The delimiter that occurs most often outside quotes in the header line; comma on a tie. */
  static char separator(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        switch (c) {
          case ',' -> commas++;
          case ';' -> semicolons++;
          case '\t' -> tabs++;
          default -> {}
        }
      }
    }
    if (tabs > commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  private static String describe(char separator) {
    return switch (separator) {
      case ',' -> "comma-separated";
      case ';' -> "semicolon-separated";
      case '\t' -> "tab-separated";
      default -> "separated by \"" + separator + "\"";
    };
  }

  private static byte[] head(Path file, int count) {
    try (InputStream in = Files.newInputStream(PipedInputs.readable(file))) {
      return in.readNBytes(count);
    } catch (NoSuchFileException e) {
      throw new ImportException(Position.ofFile(file), "the file does not exist; check the path");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static void closeQuietly(BufferedReader reader) {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException ignored) {
        // already failing with a clearer message
      }
    }
  }
}
