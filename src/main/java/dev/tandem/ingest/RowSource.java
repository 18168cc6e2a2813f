package dev.tandem.ingest;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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
   * The remaining records, each as a conversion makes it; call it once, and {@link #next} no more
   * after it. {@code conversions} gives one conversion to each thread that converts, so a
   * conversion need not be safe for threads; a source that reads ahead converts on its own thread
   * ({@link ReadAhead}), which moves that work off the caller's. The records and what they become
   * come in file order, and a failure of the source where it happened.
   */
  default <T> Iterator<T> convertedRest(Supplier<? extends Function<Row, T>> conversions) {
    Function<Row, T> conversion = conversions.get();
    return new Iterator<>() {
      private Optional<Row> ahead;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = RowSource.this.next();
        }
        return ahead.isPresent();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Row row = ahead.get();
        ahead = null;
        return conversion.apply(row);
      }
    };
  }

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
