package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.report.output.WriteResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writes sample reports under target/report-samples for a person to open and look at. */
class ReportSamplesTest {

  @Test
  void writesSampleReportsForVisualChecks() {
    ReportOptions options =
        ReportOptions.defaults(Path.of("target", "report-samples"))
            .withDate(LocalDate.of(2026, 3, 20));
    List<Path> once =
        ReportWriter.writeClient(
                ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
                ReportFixtures.questionnaires(),
                options)
            .stream()
            .map(WriteResult::file)
            .toList();
    List<Path> twice =
        ReportWriter.writeClient(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                ReportFixtures.questionnaires(),
                options)
            .stream()
            .map(WriteResult::file)
            .toList();
    dev.tandem.scoring.Client carla =
        ReportFixtures.client("carla@example.org", "Carla Ruiz", "C02", 3, 1.8, 0.7, 5);
    List<Path> withStatistics =
        ReportWriter.writeClient(
                carla,
                ReportFixtures.questionnaires(),
                java.util.Optional.of(
                    dev.tandem.stats.CohortStatistics.of(ReportFixtures.largeCohort(carla))),
                options.withOutputDir(Path.of("target", "report-samples", "with-statistics")))
            .stream()
            .map(WriteResult::file)
            .toList();
    assertThat(withStatistics).hasSize(3);
    List<Path> letter =
        ReportWriter.writeClient(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                ReportFixtures.questionnaires(),
                options
                    .withPaper(Paper.LETTER)
                    .withOutputDir(Path.of("target", "report-samples", "letter")))
            .stream()
            .map(WriteResult::file)
            .toList();
    assertThat(letter).hasSize(3);
    Path cohort = ReportWriter.writeCohort(ReportFixtures.cohort(), options).file();
    assertThat(cohort).isNotEmptyFile();
    assertThat(once).hasSize(3);
    assertThat(twice).hasSize(3);
  }
}
