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

  /** How the file was read, for the coach: "UTF-8, comma-separated" or "Excel workbook, sheet ...". */
  String format();

  /** Notes on what was assumed while reading (encoding chosen, ...). */
  List<String> notes();

  @Override
  void close();

  static RowSource open(Path file, ImportOptions options) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return XlsxSource.open(file, options.sheet());
    }
    return CsvSource.open(file, options.encoding());
  }
}
