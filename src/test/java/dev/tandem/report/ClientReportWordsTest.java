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
    "NO_RELIABLE_CHANGE, 0.4, no reliable change"
  })
  void verdictsSayWhichWayAScoreMovedWithoutCallingItBetterOrWorse(
      Verdict verdict, double rci, String words) {
    ReliableChange change =
        new ReliableChange(
            verdict,
            OptionalDouble.of(3),
            OptionalDouble.of(4),
            OptionalDouble.of(rci),
            OptionalDouble.of(0.8),
            "using test figures");

    assertThat(ClientReport.words(change)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({"true, " + "'" + ClientReport.COMPOSITE_VERDICT + "'", "false, not assessed"})
  void aCompositeKeepsItsChangeFigureAndSaysWhyItHasNoVerdict(boolean composite, String verdict) {
    ReliableChange notComputed =
        new ReliableChange(
            Verdict.NOT_COMPUTED,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            "not computed: no reliability");
    ClientReport.Change change =
        new ClientReport.Change(
            "Closeness balance",
            composite,
            OptionalDouble.of(0.17),
            OptionalDouble.of(1.33),
            Optional.of(notComputed));

    assertThat(change.change().getAsDouble())
        .isCloseTo(1.16, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(change.verdict()).isEqualTo(verdict);
  }

  @org.junit.jupiter.api.Test
  void aScoreRestingOnFewerStatementsThanTheScaleHasSaysSo() {
    java.util.List<dev.tandem.questionnaire.Questionnaire> questionnaires =
        ReportFixtures.questionnaires();
    dev.tandem.questionnaire.Questionnaire solitude =
        questionnaires.stream()
            .filter(q -> q.id().equals("need-for-solitude"))
            .findFirst()
            .orElseThrow();
    double[] values = new double[solitude.items().size()];
    java.util.Arrays.fill(values, 4);
    int skipped =
        solitude
            .items()
            .indexOf(
                solitude.items().stream()
                    .filter(item -> item.scaleId().equals("recharge"))
                    .findFirst()
                    .orElseThrow());
    values[skipped] = Double.NaN;
    dev.tandem.ingest.Response response =
        new dev.tandem.ingest.Response(
            "dee@example.org",
            Optional.of("Dee"),
            Optional.empty(),
            Optional.empty(),
            new dev.tandem.questionnaire.Position(java.nio.file.Path.of("x.csv"), 5, 0),
            java.util.Map.of(solitude.id(), dev.tandem.ingest.Answers.of(values)));
    dev.tandem.scoring.Client dee =
        new dev.tandem.scoring.Client(
            "dee@example.org",
            Optional.of("Dee"),
            Optional.empty(),
            java.util.List.of(ReportFixtures.assessment(response, questionnaires)));

    java.util.List<dev.tandem.scoring.ScaleScore> scores =
        ClientReport.of(dee, questionnaires).sections().get(0).scores();

    assertThat(scores)
        .extracting(ClientReport::lead)
        .contains(
            "Recharging alone (Moderate; 5 of 6 statements answered): ",
            "Room of one's own (Moderate): ");
  }
}
