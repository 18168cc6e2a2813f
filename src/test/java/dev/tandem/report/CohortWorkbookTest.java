package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import dev.tandem.stats.ScaleStatistics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CohortWorkbookTest {

  @TempDir static Path out;

  private static ScoredCohort cohort;
  private static Path file;

  @BeforeAll
  static void write() {
    cohort = ReportFixtures.cohort();
    file =
        ReportWriter.writeCohort(
                cohort, ReportOptions.defaults(out).withDate(LocalDate.of(2026, 3, 20)))
            .file();
  }

  private static int scaleCount() {
    return cohort.questionnaires().stream().mapToInt(q -> q.scales().size()).sum();
  }

  @Test
  void writesCohortXlsxWithTheSheetsInOrder() throws IOException {
    assertThat(file.getFileName().toString()).isEqualTo("cohort.xlsx");
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      List<String> names = new ArrayList<>();
      workbook.forEach(sheet -> names.add(sheet.getSheetName()));
      assertThat(names)
          .containsExactly(
              "Caseload",
              "Summary",
              "Statistics",
              "Items",
              "Correlations",
              "Distributions",
              "Scores",
              "Rejected");
      for (String name : names) {
        ClientReportFilesTest.assertPrintable(workbook.getSheet(name), PrintSetup.A4_PAPERSIZE);
      }
    }
  }

  @Test
  void caseloadComesFirstWithOneRowPerClientSortedByAttentionPointsEachLinkingToItsReport()
      throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      assertThat(workbook.getActiveSheetIndex()).isZero();
      XSSFSheet caseload = workbook.getSheet("Caseload");
      assertThat(headers(caseload)).containsExactlyElementsOf(CaseloadSheet.HEADERS);
      assertThat(caseload.getLastRowNum()).isEqualTo(cohort.clients().size());
      assertThat(caseload.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(caseload.getPrintSetup().getLandscape()).isTrue();
      int previous = Integer.MAX_VALUE;
      List<String> links = new ArrayList<>();
      for (int r = 1; r <= caseload.getLastRowNum(); r++) {
        XSSFRow row = caseload.getRow(r);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(r);
        int points = (int) row.getCell(3).getNumericCellValue();
        assertThat(points).isLessThanOrEqualTo(previous);
        previous = points;
        String what = row.getCell(4).getStringCellValue();
        assertThat(
                what.isEmpty()
                    ? 0
                    : what.equals("nothing at the concerning end") ? 0 : what.split("; ").length)
            .isEqualTo(points);
        links.add(row.getCell(7).getHyperlink().getAddress());
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(links.get(links.size() - 1));
      }
      assertThat(links)
          .doesNotHaveDuplicates()
          .allSatisfy(link -> assertThat(link).matches("client-[^/\\\\]+\\.pdf"));
    }
  }

  @Test
  void reassessmentIsDueRetestAfterDaysAfterTheLatestAssessmentAndOverdueDatesSaySo() {
    Caseload caseload =
        Caseload.of(cohort, java.util.Optional.empty(), ReportNames.withRandomKey());
    Caseload.Row solo =
        caseload.rows().stream().filter(row -> row.who().equals("Solo")).findFirst().orElseThrow();

    assertThat(solo.lastAssessed())
        .isEqualTo(java.util.Optional.of(ReportFixtures.FIRST_VISIT.toLocalDate()));
    assertThat(solo.due())
        .isEqualTo(java.util.Optional.of(ReportFixtures.FIRST_VISIT.toLocalDate().plusDays(90)));
    assertThat(solo.overdue(ReportFixtures.FIRST_VISIT.toLocalDate().plusDays(90))).isTrue();
    assertThat(solo.overdue(ReportFixtures.FIRST_VISIT.toLocalDate().plusDays(89))).isFalse();
  }

  @Test
  void summaryCountsClientsCouplesAssessmentsAndRows() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet summary = workbook.getSheet("Summary");
      assertThat(count(summary, "Clients")).isEqualTo(13);
      assertThat(count(summary, "Couples")).isEqualTo(6);
      assertThat(count(summary, "Assessments")).isEqualTo(15);
      assertThat(count(summary, "Rows read")).isEqualTo(17);
      assertThat(count(summary, "Rows scored")).isEqualTo(15);
      assertThat(count(summary, "Rows rejected")).isEqualTo(2);
      assertThat(count(summary, "Answers set aside")).isEqualTo(1);
    }
  }

  @Test
  void scoresSheetNamesColumnsAsPrintedAndKeepsTheStableColumnNamesBelow() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet scores = workbook.getSheet("Scores");
      XSSFRow printed = scores.getRow(0);
      XSSFRow ids = scores.getRow(1);
      assertThat(printed.getCell(0).getStringCellValue()).isEqualTo("Client");
      assertThat(printed.getCell(5).getStringCellValue())
          .isEqualTo("Closeness and desire: Togetherness and merging");
      assertThat(printed.getCell(6).getStringCellValue())
          .isEqualTo("Togetherness and merging: band");
      assertThat(ids.getCell(0).getStringCellValue()).isEqualTo("respondent_id");
      assertThat(ids.getCell(5).getStringCellValue()).isEqualTo("closeness-desire.merging");
      assertThat(ids.getCell(6).getStringCellValue()).isEqualTo("closeness-desire.merging.band");
      assertThat(printed.getLastCellNum()).isEqualTo((short) (5 + 3 * scaleCount()));
      assertThat(ids.getLastCellNum()).isEqualTo(printed.getLastCellNum());
      assertThat(scores.getLastRowNum()).isEqualTo(1 + 15);
      assertThat(scores.getPaneInformation().isFreezePane()).isTrue();
      assertThat(scores.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
      double first =
          cohort
              .clients()
              .get(0)
              .first()
              .scale("closeness-desire", "merging")
              .orElseThrow()
              .value()
              .getAsDouble();
      assertThat(scores.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(first);
      assertThat(scores.getRow(2).getCell(5).getCellStyle().getDataFormatString())
          .isEqualTo("0.00");
    }
  }

  @Test
  void scoresHeadersWrapBetweenWordsOnlyAndTheRowShowsEveryLine() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet scores = workbook.getSheet("Scores");
      XSSFRow printed = scores.getRow(0);
      float tallest = 0;
      for (int c = 0; c < printed.getLastCellNum(); c++) {
        String heading = printed.getCell(c).getStringCellValue();
        int longestWord = 0;
        for (String word : heading.split(" ")) {
          longestWord = Math.max(longestWord, word.length());
        }
        assertThat(scores.getColumnWidth(c) / 256)
            .as("width of the column headed %s", heading)
            .isGreaterThan(longestWord);
        assertThat(printed.getCell(c).getCellStyle().getWrapText()).isTrue();
        tallest =
            Math.max(tallest, Cells.wordWrappedHeight(heading, scores.getColumnWidth(c) / 256, 10));
      }
      assertThat(printed.getHeightInPoints()).isGreaterThanOrEqualTo(tallest).isGreaterThan(30);
    }
  }

  /**
   * Each sheet: landscape or not, pages wide (0: fitted by a chosen scale), header rows repeated.
   */
  private record PrintPlan(String sheet, boolean landscape, int pagesWide, String repeatedRows) {}

  @Test
  void everySheetPrintsFittedToItsWidthWithItsHeaderRowsOnEveryPage() throws IOException {
    List<PrintPlan> plans =
        List.of(
            new PrintPlan("Caseload", true, 1, "1:1"),
            new PrintPlan("Summary", false, 1, null),
            new PrintPlan("Statistics", true, 1, "1:1"),
            new PrintPlan("Items", true, 1, "1:1"),
            new PrintPlan("Correlations", true, 1, "1:1"),
            new PrintPlan("Distributions", false, 0, "1:1"),
            new PrintPlan("Scores", true, 3, "1:2"),
            new PrintPlan("Rejected", false, 1, "1:1"));
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      for (PrintPlan plan : plans) {
        XSSFSheet sheet = workbook.getSheet(plan.sheet());
        PrintSetup setup = sheet.getPrintSetup();
        assertThat(setup.getLandscape()).as(plan.sheet()).isEqualTo(plan.landscape());
        if (plan.pagesWide() == 0) {
          assertThat(sheet.getFitToPage()).as(plan.sheet()).isFalse();
          assertThat(setup.getScale()).as(plan.sheet()).isBetween((short) 60, (short) 100);
        } else {
          assertThat(sheet.getFitToPage()).as(plan.sheet()).isTrue();
          assertThat(setup.getFitWidth()).as(plan.sheet()).isEqualTo((short) plan.pagesWide());
        }
        if (plan.repeatedRows() == null) {
          assertThat(sheet.getRepeatingRows()).as(plan.sheet()).isNull();
        } else {
          assertThat(sheet.getRepeatingRows().formatAsString())
              .as(plan.sheet())
              .isEqualTo(plan.repeatedRows());
        }
      }
      assertThat(workbook.getSheet("Scores").getRepeatingColumns().formatAsString())
          .isEqualTo("A:A");
    }
  }

  @Test
  void distributionsHaveOneNativeHistogramPerScaleCountingEveryClient() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet sheet = workbook.getSheet("Distributions");
      List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(scaleCount());
      assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Togetherness and merging");
      assertThat(charts.get(0).getChartSeries()).hasSize(1);
      int total = 0;
      for (int r = 4; r < 4 + CohortWorkbook.BINS + 1; r++) {
        total += (int) sheet.getRow(r).getCell(1).getNumericCellValue();
      }
      assertThat(total).isEqualTo(13);
    }
  }

  @Test
  void rejectedSheetListsEveryRejectionWithReasonAndAction() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet rejected = workbook.getSheet("Rejected");
      assertThat(rejected.getLastRowNum()).isEqualTo(3);
      assertThat(rejected.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Email address");
      assertThat(rejected.getRow(2).getCell(5).getStringCellValue())
          .isEqualTo("the respondent is missing");
      assertThat(rejected.getRow(3).getCell(4).getStringCellValue()).isEqualTo("answer");
      assertThat(rejected.getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void statisticsSheetHasOneRowPerScaleWithTheCohortsFigures() throws IOException {
    CohortStatistics statistics = CohortStatistics.of(cohort);
    ScaleStatistics merging = statistics.scale("closeness-desire", "merging").orElseThrow();

    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet sheet = workbook.getSheet("Statistics");
      XSSFRow first = sheet.getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Togetherness and merging");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(merging.descriptives().n());
      assertThat(first.getCell(3).getNumericCellValue())
          .isEqualTo(merging.descriptives().mean().getAsDouble());
      assertThat(first.getCell(11).getNumericCellValue())
          .isEqualTo(merging.consistency().alpha().getAsDouble());
      assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(sheet.getRow(scaleCount()).getCell(1).getStringCellValue())
          .isEqualTo("Ease in asking for space");
    }
  }

  @Test
  void itemsSheetListsEveryItemOfEveryItemScaleAndMarksFlaggedOnes() throws IOException {
    CohortStatistics statistics = CohortStatistics.of(cohort);
    long flagged =
        statistics.questionnaires().stream()
            .flatMap(q -> q.scales().stream())
            .flatMap(s -> s.consistency().items().stream())
            .filter(i -> i.isFlagged())
            .count();
    int items = cohort.questionnaires().stream().mapToInt(q -> q.items().size()).sum();

    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet sheet = workbook.getSheet("Items");
      int rows = 0;
      int flags = 0;
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        XSSFRow row = sheet.getRow(r);
        if (row != null && row.getCell(4) != null) {
          rows++;
          if (!row.getCell(9).getStringCellValue().isEmpty()) {
            flags++;
          }
        }
      }
      assertThat(rows).isEqualTo(items);
      assertThat(flags).isEqualTo(flagged);
    }
  }

  @Test
  void correlationMatrixIsSymmetricWithAColourScale() throws IOException {
    try (XSSFWorkbook workbook = ClientReportFilesTest.open(file)) {
      XSSFSheet sheet = workbook.getSheet("Correlations");
      int n = scaleCount();
      assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1.0);
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue())
          .isEqualTo(sheet.getRow(1).getCell(2).getNumericCellValue())
          .isBetween(-1.0, 1.0);
      assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
      var formatting = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(0);
      assertThat(formatting.getFormattingRanges()[0].formatAsString())
          .isEqualTo("B2:" + (char) ('A' + n) + (n + 1));
      assertThat(formatting.getRule(0).getColorScaleFormatting().getNumControlPoints())
          .isEqualTo(3);
    }
  }

  @Test
  void binsAreHalfOpenWithTheLastClosed() {
    double[] edges = CohortWorkbook.binEdges(cohort.questionnaires().get(0).scales().get(0));
    assertThat(edges).containsExactly(1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0);
    assertThat(CohortWorkbook.bin(1.0, edges)).isZero();
    assertThat(CohortWorkbook.bin(1.5, edges)).isEqualTo(1);
    assertThat(CohortWorkbook.bin(4.99, edges)).isEqualTo(7);
    assertThat(CohortWorkbook.bin(5.0, edges)).isEqualTo(7);
  }

  private static int count(XSSFSheet sheet, String label) {
    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
      XSSFRow row = sheet.getRow(r);
      if (row != null
          && row.getCell(0) != null
          && label.equals(row.getCell(0).getStringCellValue())) {
        return (int) row.getCell(1).getNumericCellValue();
      }
    }
    throw new AssertionError("no row " + label);
  }

  private static List<String> headers(XSSFSheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
    return headers;
  }
}
