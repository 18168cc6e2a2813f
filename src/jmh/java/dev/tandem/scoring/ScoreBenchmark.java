package dev.tandem.scoring;

import dev.tandem.bench.PeerRows;
import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Scoring one respondent's 40 answers on bench/peer-items.yaml's four scales. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ScoreBenchmark {

  private static final int ROWS = 1024;

  private Scorer scorer;
  private Answers[] answers;
  private int next;

  @Setup
  public void setUp() {
    Questionnaire questionnaire =
        QuestionnaireLoader.loadAll(List.of(Path.of("bench/peer-items.yaml"))).get(0);
    scorer = new Scorer(questionnaire);
    answers = new Answers[ROWS];
    String[] lines = PeerRows.lines(ROWS, 11);
    for (int r = 0; r < ROWS; r++) {
      String[] cells = lines[r].split(",", -1);
      double[] values = new double[cells.length - 4];
      for (int i = 0; i < values.length; i++) {
        String cell = cells[i + 4];
        values[i] = cell.isEmpty() ? Double.NaN : Integer.parseInt(cell);
      }
      answers[r] = Answers.of(values);
    }
  }

  @Benchmark
  public QuestionnaireScores score() {
    next = (next + 1) & (ROWS - 1);
    return scorer.score(answers[next]);
  }
}
