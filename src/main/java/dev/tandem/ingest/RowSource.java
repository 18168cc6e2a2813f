package dev.tandem.ingest;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The records of one input file, in order, whatever its format. Implementations: {@link CsvSource}
 * (delimited text) and {@link XlsxSource} (workbooks).
 */
interface RowSource extends Closeable {

  /** The next record, or empty at the end of the file. */
  Optional<Row> next();

  /**
   * How the file was read, for the coach: "UTF-8, comma-separated" or "Excel workbook, sheet ...".
   */
  String format();

  /** Notes on what was assumed while reading (encoding chosen, ...). */
  List<String> notes();

  @Override
  void close();

  /**
   * Opens a file. A pipe (a named pipe, or {@code <(...)} in a shell) is first copied once, within
   * the size limit of its kind of export, and read from that copy ({@link PipedInputs}). Its
   * records are read on a thread of their own, ahead of the caller ({@link ReadAhead}).
   */
  static RowSource open(Path file, ImportOptions options) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    InputLimits.Limits limits =
        name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")
            ? InputLimits.Limits.WORKBOOK
            : InputLimits.Limits.TEXT;
    if (PipedInputs.isPipe(file)) {
      PipedInputs.buffer(file, limits.maxFileBytes());
    }
    if (limits == InputLimits.Limits.WORKBOOK) {
      return ReadAhead.of(
          InputLimits.open(file, () -> XlsxSource.open(file, options.sheet()), limits));
    }
    return ReadAhead.of(
        InputLimits.open(file, () -> CsvSource.open(file, options.encoding()), limits));
  }
}
