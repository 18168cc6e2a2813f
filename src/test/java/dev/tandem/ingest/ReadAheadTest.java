package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records read ahead on a thread of their own reach the caller as the source gives them. */
class ReadAheadTest {

  @Test
  void everyRecordArrivesInOrderThenTheSourcesFailure() {
    Counting source = new Counting(5_000, true);
    List<Integer> lines = new ArrayList<>();
    try (ReadAhead ahead = ReadAhead.of(source)) {
      assertThatThrownBy(
              () -> {
                for (Optional<Row> row = ahead.next(); row.isPresent(); row = ahead.next()) {
                  lines.add(row.get().line());
                }
              })
          .isInstanceOf(ImportException.class)
          .hasMessageContaining("broken.csv:5001");
    }
    assertThat(lines).hasSize(5_000).startsWith(1, 2, 3).endsWith(4_999, 5_000);
    assertThat(source.closed).isTrue();
  }

  @Test
  void theEndComesAfterTheLastRecordAndStaysTheEnd() {
    try (ReadAhead ahead = ReadAhead.of(new Counting(300, false))) {
      int count = 0;
      while (ahead.next().isPresent()) {
        count++;
      }
      assertThat(count).isEqualTo(300);
      assertThat(ahead.next()).isEmpty();
    }
  }

  @Test
  void closingEarlyStopsTheThreadAndClosesTheSource() {
    Counting source = new Counting(1_000_000, false);
    ReadAhead ahead = ReadAhead.of(source);
    assertThat(ahead.next()).map(Row::line).contains(1);

    ahead.close();

    assertThat(source.closed).isTrue();
    assertThat(source.given).isLessThan(1_000_000);
  }

  /** Rows 1 to {@code count}, then the end or a failure naming the next line. */
  private static final class Counting implements RowSource {
    private final int count;
    private final boolean fail;
    private volatile int given;
    private volatile boolean closed;

    Counting(int count, boolean fail) {
      this.count = count;
      this.fail = fail;
    }

    @Override
    public Optional<Row> next() {
      if (given == count) {
        if (fail) {
          throw new ImportException(
              new Position(Path.of("broken.csv"), count + 1, 0), "a quote is never closed");
        }
        return Optional.empty();
      }
      given++;
      return Optional.of(new Row(given, new String[] {"r" + given}));
    }

    @Override
    public String format() {
      return "counting";
    }

    @Override
    public List<String> notes() {
      return List.of();
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
