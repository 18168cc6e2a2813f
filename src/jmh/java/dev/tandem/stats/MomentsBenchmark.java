package dev.tandem.stats;

import dev.tandem.bench.PeerRows;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The statistics kernels on bench/peer-items.yaml's largest scale (14 items, about 2% missing): one
 * respondent's update of the pairwise co-moments, and Cronbach's alpha with the item analysis from
 * accumulated co-moments.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MomentsBenchmark {

  private static final int ROWS = 1024;
  private static final int FIRST = 12;
  private static final int ITEMS = 14;

  private double[][] rows;
  private PairwiseMoments moments;
  private PairwiseMoments filled;
  private List<String> itemIds;
  private int next;

  @Setup
  public void setUp() {
    String[] lines = PeerRows.lines(ROWS, 5);
    rows = new double[ROWS][ITEMS];
    for (int r = 0; r < ROWS; r++) {
      String[] cells = lines[r].split(",", -1);
      for (int i = 0; i < ITEMS; i++) {
        String cell = cells[4 + FIRST + i];
        rows[r][i] = cell.isEmpty() ? Double.NaN : Integer.parseInt(cell);
      }
    }
    moments = new PairwiseMoments(ITEMS);
    filled = new PairwiseMoments(ITEMS);
    for (double[] row : rows) {
      filled.add(row);
    }
    itemIds = new ArrayList<>();
    for (int i = 1; i <= ITEMS; i++) {
      itemIds.add("ins" + i);
    }
  }

  @Benchmark
  public PairwiseMoments coMomentUpdate() {
    next = (next + 1) & (ROWS - 1);
    moments.add(rows[next]);
    return moments;
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public InternalConsistency alpha() {
    return InternalConsistency.of(itemIds, filled, ROWS);
  }
}
