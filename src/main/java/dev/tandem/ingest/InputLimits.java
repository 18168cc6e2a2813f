package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The limits every input file is held to, whatever its format, so that a damaged or hostile file ends
 * in a clear message instead of exhausting memory: its size, the number of rows and of columns, the
 * length of a cell, and no NUL characters (text exports never hold them; UTF-16 without a byte-order
 * mark and binary files do). Workbooks have their own zip limits in {@link XlsxSource}. Messages name
 * the line and column, never the content.
 */
final class InputLimits implements RowSource {

  /** Far above any coach's export (a thousand responses to three questionnaires is about 1 MB). */
  static final long MAX_FILE_BYTES = 50L * 1024 * 1024;

  static final int MAX_ROWS = 100_000;

  static final int MAX_COLUMNS = 2_000;

  /** What a spreadsheet cell can hold; a longer field never came from a spreadsheet or form export. */
  static final int MAX_CELL_CHARS = 32_767;

  private final Path file;
  private final RowSource source;
  private int rows;

  private InputLimits(Path file, RowSource source) {
    this.file = file;
    this.source = source;
  }

  /** Checks the file's size, then opens it and checks every record as it is read. */
  static RowSource open(Path file, Supplier<RowSource> opener) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      size = 0; // a missing or unreadable file is reported by the reader with its own message
    }
    if (size > MAX_FILE_BYTES) {
      throw new ImportException(Position.ofFile(file), "the file is " + size / (1024 * 1024)
          + " MB; Tandem reads exports of at most " + MAX_FILE_BYTES / (1024 * 1024)
          + " MB. Is this the right file? If it is, export the responses in parts");
    }
    return new InputLimits(file, opener.get());
  }

  @Override
  public Optional<Row> next() {
    Optional<Row> next = source.next();
    next.ifPresent(this::check);
    return next;
  }

  private void check(Row row) {
    rows++;
    if (rows > MAX_ROWS) {
      throw new ImportException(new Position(file, row.line(), 0), "the file has more than " + MAX_ROWS
          + " rows; export the responses in parts");
    }
    String[] cells = row.cells();
    if (cells.length > MAX_COLUMNS) {
      throw new ImportException(new Position(file, row.line(), 0), "this row has " + cells.length
          + " columns; an export has at most " + MAX_COLUMNS + ". Is this the right file?");
    }
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      if (cell.length() > MAX_CELL_CHARS) {
        throw new ImportException(new Position(file, row.line(), 0), "the cell in column " + (c + 1)
            + " holds " + cell.length() + " characters, more than the " + MAX_CELL_CHARS
            + " a spreadsheet cell can hold; the file is damaged or not a survey export");
      }
      if (cell.indexOf('\0') >= 0) {
        throw new ImportException(new Position(file, row.line(), 0), "the cell in column " + (c + 1)
            + " holds a NUL character, which exports never contain; if the file was saved as UTF-16 or by"
            + " another program, save it again from the spreadsheet program as \"CSV UTF-8\"");
      }
    }
  }

  @Override
  public String format() {
    return source.format();
  }

  @Override
  public List<String> notes() {
    return source.notes();
  }

  @Override
  public void close() {
    source.close();
  }
}
