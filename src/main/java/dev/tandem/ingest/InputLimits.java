package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The limits every input file is held to, whatever its format, so that a damaged or hostile file
 * ends in a clear message instead of exhausting memory: its size, the number of rows and of
 * columns, the length of a cell, and no NUL characters (text exports never hold them; UTF-16
 * without a byte-order mark and binary files do). Workbooks have their own zip limits in {@link
 * XlsxSource}. Messages name the line and column, never the content.
 */
final class InputLimits implements RowSource {

  /**
   * The bounds for one kind of file. Text exports are read one record at a time, so they may be as
   * long as a research team's (ten million responses is about 1.2 GB); workbooks are streamed too,
   * and held to what Excel itself can hold.
   */
  record Limits(long maxFileBytes, long maxRows, int maxColumns, int maxCellChars) {

    /** CSV and tab-separated text: streamed, so only hostile sizes are refused. */
    static final Limits TEXT = new Limits(4L * 1024 * 1024 * 1024, 20_000_000, 2_000, 32_767);

    /** XLSX: Excel's own row limit, and a size far above any form export. */
    static final Limits WORKBOOK = new Limits(100L * 1024 * 1024, 1_048_576, 2_000, 32_767);
  }

  private final Path file;
  private final RowSource source;
  private final Limits limits;
  private long rows;

  private InputLimits(Path file, RowSource source, Limits limits) {
    this.file = file;
    this.source = source;
    this.limits = limits;
  }

  /** Checks the file's size, then opens it and checks every record as it is read. */
  static RowSource open(Path file, Supplier<RowSource> opener, Limits limits) {
    long size;
    try {
      size = Files.size(PipedInputs.readable(file));
    } catch (IOException e) {
      size = 0; // a missing or unreadable file is reported by the reader with its own message
    }
    if (size > limits.maxFileBytes()) {
      throw new ImportException(
          Position.ofFile(file),
          "the file is "
              + size / (1024 * 1024)
              + " MB; Tandem reads files like this of at most "
              + limits.maxFileBytes() / (1024 * 1024)
              + " MB. Is this the right file? If it is, export the responses in parts");
    }
    return new InputLimits(file, opener.get(), limits);
  }

  @Override
  public Optional<Row> next() {
    return source.next().map(this::check);
  }

  /** The row, or the row marked with its problem when a cell is too long to be a survey answer. */
  private Row check(Row row) {
    rows++;
    if (rows > limits.maxRows()) {
      throw new ImportException(
          new Position(file, row.line(), 0),
          "the file has more than " + limits.maxRows() + " rows; export the responses in parts");
    }
    String[] cells = row.cells();
    if (cells.length > limits.maxColumns()) {
      throw new ImportException(
          new Position(file, row.line(), 0),
          "this row has "
              + cells.length
              + " columns; an export has at most "
              + limits.maxColumns()
              + ". Is this the right file?");
    }
    for (int c = 0; c < cells.length; c++) {
      String cell = cells[c];
      if (cell.length() > limits.maxCellChars()) {
        return new Row(
            row.line(),
            cells,
            Optional.of(
                "the cell in column "
                    + (c + 1)
                    + " holds "
                    + cell.length()
                    + " characters, more than the "
                    + limits.maxCellChars()
                    + " a spreadsheet cell can hold"));
      }
      if (cell.indexOf('\0') >= 0) {
        throw new ImportException(
            new Position(file, row.line(), 0),
            "the cell in column "
                + (c + 1)
                + " holds a NUL character, which exports never contain; if the file was saved as UTF-16 or by"
                + " another program, save it again from the spreadsheet program as \"CSV UTF-8\"");
      }
    }
    return row;
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
