package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.scoring.ReliableChange;
import dev.tandem.scoring.ReliableChange.Verdict;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientReportWordsTest {

  @ParameterizedTest
  @CsvSource({
      "IMPROVED, -2.5, 'reliably lower, away from the end to watch'",
      "IMPROVED, 2.5, 'reliably higher, away from the end to watch'",
      "WORSENED, 2.5, 'reliably higher, towards the end to watch'",
      "INCREASED, 2.5, reliably higher",
      "DECREASED, -2.5, reliably lower",
      "NO_RELIABLE_CHANGE, 0.4, no reliable change"})
  void verdictsSayWhichWayAScoreMovedWithoutCallingItBetterOrWorse(Verdict verdict, double rci, String words) {
    ReliableChange change = new ReliableChange(verdict, OptionalDouble.of(3), OptionalDouble.of(4),
        OptionalDouble.of(rci), OptionalDouble.of(0.8), "using test figures");

    assertThat(ClientReport.words(change)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({"true, " + "'" + ClientReport.COMPOSITE_VERDICT + "'", "false, not assessed"})
  void aCompositeKeepsItsChangeFigureAndSaysWhyItHasNoVerdict(boolean composite, String verdict) {
    ReliableChange notComputed = new ReliableChange(Verdict.NOT_COMPUTED, OptionalDouble.empty(),
        OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(), "not computed: no reliability");
    ClientReport.Change change = new ClientReport.Change("Closeness balance", composite, OptionalDouble.of(0.17),
        OptionalDouble.of(1.33), Optional.of(notComputed));

    assertThat(change.change().getAsDouble()).isCloseTo(1.16, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(change.verdict()).isEqualTo(verdict);
  }
}
