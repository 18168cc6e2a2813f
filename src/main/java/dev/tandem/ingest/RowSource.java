package dev.tandem.ingest;

import java.io.Closeable;
import dev.tandem.questionnaire.Position;
import java.nio.file.Files;
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

  /**
   * Opens a file. A pipe or device (a named pipe, or {@code <(...)} in a shell) is refused before it
   * is opened: an export is read more than once (to detect its encoding and layout, then its rows),
   * which a pipe cannot give, and opening a pipe nobody writes to would wait forever.
   */
  static RowSource open(Path file, ImportOptions options) {
    if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
      throw new ImportException(Position.ofFile(file), "this is a pipe or device, not a file (as <(...) in a"
          + " shell gives); Tandem reads an export more than once, which a pipe cannot give. Save it to a file"
          + " first and give that file's path");
    }
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls")) {
      return InputLimits.open(file, () -> XlsxSource.open(file, options.sheet()), InputLimits.Limits.WORKBOOK);
    }
    return InputLimits.open(file, () -> CsvSource.open(file, options.encoding()), InputLimits.Limits.TEXT);
  }
}
