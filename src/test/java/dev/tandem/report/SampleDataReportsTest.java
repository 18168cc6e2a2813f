package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.output.SafeWriter;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports of the shipped sample data: every client's files open and keep to two pages. */
class SampleDataReportsTest {

  @TempDir Path out;

  @Test
  void everySampleClientGetsAReportOfAtMostTwoPagesAndTheCohortWorkbookOpens() throws IOException {
    List<Questionnaire> questionnaires = ReportFixtures.questionnaires();
    ScoredCohort cohort =
        CohortScorer.score(
            questionnaires,
            Importer.read(
                List.of(Path.of("seeds", "clients.csv")),
                questionnaires,
                ImportOptions.defaults()));
    CohortStatistics statistics = CohortStatistics.of(cohort);
    ReportOptions options = ReportOptions.defaults(out).withDate(LocalDate.of(2026, 3, 20));

    for (Client client : cohort.clients()) {
      List<Path> files =
          ReportWriter.writeClient(client, questionnaires, Optional.of(statistics), options)
              .stream()
              .map(WriteResult::file)
              .toList();
      for (Path file : files) {
        if (file.toString().endsWith(".pdf")) {
          try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages())
                .as(file.getFileName().toString())
                .isBetween(1, 2);
          }
        } else {
          try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
            assertThat(workbook.getSheet("Report").getRowBreaks().length).isLessThanOrEqualTo(1);
            assertThat(ClientReportFilesTest.pictures(workbook.getSheet("Report"))).isNotEmpty();
          }
        }
      }
    }
    Path workbook = ReportWriter.writeCohort(cohort, statistics, options).file();
    try (XSSFWorkbook opened = ClientReportFilesTest.open(workbook)) {
      assertThat(opened.getSheet("Scores").getLastRowNum())
          .isEqualTo(CohortWorkbook.SCORES_HEADER_ROWS - 1 + cohort.assessments().size());
    }
    assertThat(out.toFile().list((folder, name) -> !name.equals(SafeWriter.MANIFEST)))
        .hasSize(3 * cohort.clients().size() + 1);
  }
}
