package dev.tandem.ingest;

import com.opencsv.RFC4180Parser;
import com.opencsv.RFC4180ParserBuilder;
import dev.tandem.bench.PeerRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Splitting one data row of 44 cells: OpenCSV's RFC 4180 parser against {@link DelimitedRecords}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RowParseBenchmark {

  private static final int ROWS = 1024;

  private String[] lines;
  private String text;
  private RFC4180Parser parser;
  private int next;

  @Setup
  public void setUp() {
    lines = PeerRows.lines(ROWS, 7);
    text = String.join("\n", lines) + "\n";
    parser = new RFC4180ParserBuilder().build();
  }

  @Benchmark
  public String[] openCsvParseLine() throws IOException {
    next = (next + 1) & (ROWS - 1);
    return parser.parseLine(lines[next]);
  }

  /** A whole block of rows per call (reading the lines included); divide by 1024 for one row. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void delimitedRecords1024Rows(Blackhole blackhole) throws IOException {
    DelimitedRecords records =
        new DelimitedRecords(
            new BufferedReader(new StringReader(text)), ',', CsvSource.MAX_RECORD_CHARS);
    while (records.advance()) {
      blackhole.consume(records.cells());
    }
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void openCsvReader1024Rows(Blackhole blackhole)
      throws IOException, com.opencsv.exceptions.CsvValidationException {
    try (com.opencsv.CSVReader csv =
        new com.opencsv.CSVReaderBuilder(new StringReader(text))
            .withCSVParser(new RFC4180ParserBuilder().build())
            .build()) {
      String[] row;
      while ((row = csv.readNext()) != null) {
        blackhole.consume(row);
      }
    }
  }
}
