package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Client;
import dev.tandem.stats.CohortStatistics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFPictureData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientReportFilesTest {

  /** Data tables printed landscape; every other sheet is portrait. */
  private static final java.util.Set<String> WIDE_SHEETS =
      java.util.Set.of(
          "Caseload",
          "Couples",
          "Partner similarity",
          "Statistics",
          "Items",
          "Correlations",
          "Scores");

  private static final LocalDate DATE = LocalDate.of(2026, 3, 20);

  @TempDir Path out;

  private final List<Questionnaire> questionnaires = ReportFixtures.questionnaires();

  private List<Path> write(Client client, ReportOptions options) {
    return ReportWriter.writeClient(client, questionnaires, options).stream()
        .map(WriteResult::file)
        .toList();
  }

  private ReportOptions options() {
    return ReportOptions.defaults(out).withDate(DATE);
  }

  @Test
  void writesWorkbookAndPdfNamedAfterTheClientWithoutTheirEmail() {
    List<Path> files =
        write(ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7), options());

    assertThat(files).hasSize(3);
    assertThat(files).allSatisfy(f -> assertThat(f).exists().isNotEmptyFile());
    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .allSatisfy(
            name ->
                assertThat(name)
                    .matches("client-ana-lima_[0-9a-z]{6}(-handout)?\\.(xlsx|pdf)")
                    .doesNotContain("example"))
        .anySatisfy(name -> assertThat(name).endsWith(".xlsx"))
        .anySatisfy(name -> assertThat(name).matches(".*_[0-9a-z]{6}\\.pdf"))
        .anySatisfy(name -> assertThat(name).endsWith("-handout.pdf"));
  }

  @Test
  void formatsOptionLimitsTheFilesWritten() {
    List<Path> files =
        write(
            ReportFixtures.client("ana@example.org", "Ana Lima", null, 1, 3.6, 0, 7),
            options().withFormats(EnumSet.of(OutputFormat.PDF)));

    assertThat(files)
        .extracting(f -> f.getFileName().toString())
        .satisfiesExactly(
            name -> assertThat(name).matches("client-ana-lima_[0-9a-z]{6}\\.pdf"),
            name -> assertThat(name).matches("client-ana-lima_[0-9a-z]{6}-handout\\.pdf"));
  }

  @Test
  void reportSheetComesFirstWithPrintSetupAndOneProfileChartPerQuestionnaire() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
                options()));

    try (XSSFWorkbook workbook = open(xlsx)) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      assertThat(workbook.getSheetName(0)).isEqualTo("Report");
      assertThat(workbook.getSheetName(1)).isEqualTo("Answers");
      assertThat(workbook.getSheetName(2)).isEqualTo(HandoutSheet.NAME);
      assertPrintable(workbook.getSheet(HandoutSheet.NAME), PrintSetup.A4_PAPERSIZE);
      XSSFSheet report = workbook.getSheet("Report");
      assertPrintable(report, PrintSetup.A4_PAPERSIZE);
      assertThat(report.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(report.getRowBreaks().length).isLessThanOrEqualTo(1);
      assertThat(pictures(report)).hasSize(questionnaires.size());
      assertThat(text(report))
          .contains(
              "Client report: Ana Lima",
              "Need for solitude",
              "Insecurity triggers",
              "Closeness and desire",
              "About these scores: A new coaching instrument",
              "No percentiles: no norms")
          .doesNotContain("Progress")
          .doesNotContain("Percentile\n")
          .doesNotContain("percentile\n");
      assertThat(workbook.getSheet("Answers").getPaneInformation().isFreezePane()).isTrue();
    }
  }

  @Test
  void chartsAreRenderedAtPrintResolution() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
                options()));

    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet report = workbook.getSheet("Report");
      for (XSSFPicture picture : pictures(report)) {
        XSSFPictureData data = picture.getPictureData();
        java.awt.image.BufferedImage image =
            javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(data.getData()));
        double printedInches =
            Pictures.widthPoints(
                    report,
                    picture.getClientAnchor().getCol1(),
                    picture.getClientAnchor().getCol2())
                / 72.0;
        assertThat(image.getWidth() / printedInches).isGreaterThanOrEqualTo(200);
      }
    }
  }

  @Test
  void progressSectionAndTrendChartAppearOnlyForRepeatedAssessments() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                options()));

    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet report = workbook.getSheet("Report");
      assertThat(text(report))
          .contains("Progress", "Need for solitude: 12 January 2026 to 12 March 2026");
      assertThat(pictures(report)).hasSize(questionnaires.size() + 1);
      assertThat(report.getPrintSetup().getScale()).isBetween((short) 60, (short) 100);
    }
  }

  @Test
  void pageBreaksFallBetweenBlocksNeverInsideAScoreTable() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                options()));

    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet report = workbook.getSheet("Report");
      assertThat(report.getRowBreaks()).hasSize(1);
      for (int row : report.getRowBreaks()) {
        var next = report.getRow(row + 1);
        assertThat(next.getCell(0).getStringCellValue()).isNotBlank();
        assertThat(next.getCell(1))
            .satisfiesAnyOf(
                cell -> assertThat(cell).isNull(),
                cell ->
                    assertThat(cell.getCellType())
                        .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC));
      }
      assertThat(report.getFitToPage()).isFalse();
    }
  }

  @Test
  void withCohortStatisticsPercentilesAndReliableChangeVerdictsAppear() throws IOException {
    Client ben = ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 1.8, 1.2, 11);
    CohortStatistics statistics = CohortStatistics.of(ReportFixtures.largeCohort(ben));
    List<Path> files =
        ReportWriter.writeClient(ben, questionnaires, Optional.of(statistics), options()).stream()
            .map(WriteResult::file)
            .toList();

    try (XSSFWorkbook workbook = open(xlsx(files))) {
      String text = text(workbook.getSheet("Report"));
      assertThat(text)
          .contains("Percentiles against this cohort (40 clients, latest assessment of each).")
          .contains(
              "Cohort percentile\n",
              "A cohort percentile is the share of your own clients who scored lower")
          .containsPattern("\\n\\d{1,2}(st|nd|rd|th)\\n")
          .containsPattern("reliably (higher|lower)")
          .doesNotContain("improved", "worsened")
          .contains("A change counts as reliable when it is larger than 1.96 times");
    }
    try (PDDocument document = Loader.loadPDF(pdf(files).toFile())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Percentiles against this cohort")
          .containsPattern("Cohort\\s+percentile")
          .containsPattern("reliabl");
      assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void withoutCohortStatisticsTheReportSaysWhyThereAreNoPercentilesOrVerdicts() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                options()));

    try (XSSFWorkbook workbook = open(xlsx)) {
      assertThat(text(workbook.getSheet("Report")))
          .contains(
              "No percentiles: no norms in the definition and 0 scored clients in this cohort")
          .contains("not assessed")
          .contains(
              "Not assessed where there is no reliability in the definition and no alpha from this cohort.");
    }
  }

  @Test
  void aClientWithOneQuestionnaireAndTooFewAnswersGetsOneSectionSayingWhyAScaleIsNotScored()
      throws IOException {
    Questionnaire solitude =
        questionnaires.stream()
            .filter(q -> q.id().equals("need-for-solitude"))
            .findFirst()
            .orElseThrow();
    double[] values = new double[solitude.items().size()];
    java.util.Arrays.fill(values, 4);
    for (int i = 0; i < values.length; i++) {
      if (solitude.items().get(i).scaleId().equals("strain") && i > 5) {
        values[i] = Double.NaN;
      }
    }
    dev.tandem.ingest.Response response =
        new dev.tandem.ingest.Response(
            "dee@example.org",
            Optional.of("Dee"),
            Optional.empty(),
            Optional.empty(),
            new dev.tandem.questionnaire.Position(Path.of("export.csv"), 5, 0),
            java.util.Map.of(solitude.id(), dev.tandem.ingest.Answers.of(values)));
    Client dee =
        new Client(
            "dee@example.org",
            Optional.of("Dee"),
            Optional.empty(),
            List.of(ReportFixtures.assessment(response, questionnaires)));

    List<Path> files = write(dee, options());

    try (XSSFWorkbook workbook = open(xlsx(files))) {
      XSSFSheet report = workbook.getSheet("Report");
      assertThat(pictures(report)).hasSize(1);
      assertThat(text(report))
          .contains(
              "Need for solitude",
              "Assessment date not recorded",
              "Signs of unmet need (not scored): Only 1 of 6 items answered; the scale needs at least 5.")
          .doesNotContain("Insecurity triggers");
    }
    try (PDDocument document = Loader.loadPDF(pdf(files).toFile())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("(not scored): Only 1 of 6 items answered")
          .doesNotContain("Closeness and desire");
    }
  }

  @Test
  void answersSheetListsEveryItemOfEveryAssessmentWithLabelAndReversedMark() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 2, 2.4, 0.6, 11),
                options()));
    int items = questionnaires.stream().mapToInt(q -> q.items().size()).sum();
    long reversed =
        questionnaires.stream().flatMap(q -> q.items().stream()).filter(i -> i.reversed()).count();

    try (XSSFWorkbook workbook = open(xlsx)) {
      XSSFSheet answers = workbook.getSheet("Answers");
      assertThat(answers.getLastRowNum()).isEqualTo(2 * items);
      int reversedMarks = 0;
      for (int r = 1; r <= answers.getLastRowNum(); r++) {
        if ("reversed".equals(answers.getRow(r).getCell(4).getStringCellValue())) {
          reversedMarks++;
        }
        double value = answers.getRow(r).getCell(5).getNumericCellValue();
        String label = answers.getRow(r).getCell(6).getStringCellValue();
        assertThat(label).isEqualTo(questionnaires.get(0).responseScale().label((int) value));
      }
      assertThat(reversedMarks).isEqualTo(2 * reversed);
      assertPrintable(answers, PrintSetup.A4_PAPERSIZE);
    }
  }

  @Test
  void letterPaperIsSetOnEverySheet() throws IOException {
    Path xlsx =
        xlsx(
            write(
                ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
                options().withPaper(Paper.LETTER)));

    try (XSSFWorkbook workbook = open(xlsx)) {
      assertPrintable(workbook.getSheet("Report"), PrintSetup.LETTER_PAPERSIZE);
      assertPrintable(workbook.getSheet("Answers"), PrintSetup.LETTER_PAPERSIZE);
    }
  }

  @Test
  void pdfHasAtMostTwoPagesWithFooterOnEachAndTheSameContent() throws IOException {
    for (int visits = 1; visits <= 3; visits++) {
      Path pdf =
          pdf(
              write(
                  ReportFixtures.client(
                      "ben@example.org", "Ben Okafor", "C01", visits, 2.4, 0.5, 11),
                  options()));
      try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
        int pages = document.getNumberOfPages();
        assertThat(pages).isBetween(1, 2);
        String text = new PDFTextStripper().getText(document);
        assertThat(text)
            .contains(
                "Client report: Ben Okafor",
                "Need for solitude",
                "Insecurity triggers",
                "Closeness and desire",
                "Confidential",
                "Printed 20 March 2026",
                "Page " + pages + " of " + pages,
                "About these scores:",
                "Recharging alone (");
        assertThat(text.contains("Progress")).isEqualTo(visits > 1);
      }
    }
  }

  @Test
  void everyPdfPageAndEverySheetHeaderNamesTheClient() throws IOException {
    List<Path> files =
        write(
            ReportFixtures.client("ben@example.org", "Ben Okafor", "C01", 3, 2.4, 0.5, 11),
            options());

    try (PDDocument document = Loader.loadPDF(pdf(files).toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document)).contains("Tandem client report: Ben Okafor");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Tandem client report: Ben Okafor");
    }
    try (XSSFWorkbook workbook = open(xlsx(files))) {
      assertThat(workbook.getSheet("Report").getHeader().getCenter())
          .endsWith("Tandem client report: Ben Okafor");
      assertThat(workbook.getSheet("Answers").getHeader().getCenter())
          .endsWith("Tandem client report: Ben Okafor, answers");
    }
  }

  @Test
  void pdfPrintsNamesOutsideTheStandardFontsAsWritten() throws IOException {
    Path pdf =
        pdf(
            write(
                ReportFixtures.client("z@example.org", "Zoë Łukasz 王", null, 1, 3, 0, 3),
                options()));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Client report: Zoë Łukasz 王");
    }
  }

  @Test
  void pdfUsesThePaperSize() throws IOException {
    Path pdf =
        pdf(
            write(
                ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
                options().withPaper(Paper.LETTER)));

    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
  }

  static void assertPrintable(XSSFSheet sheet, short paper) {
    PrintSetup setup = sheet.getPrintSetup();
    assertThat(setup.getPaperSize()).isEqualTo(paper);
    if (sheet.getFitToPage()) {
      assertThat(setup.getFitWidth())
          .isEqualTo(sheet.getSheetName().equals("Scores") ? (short) 3 : (short) 1);
    } else {
      assertThat(setup.getScale()).isBetween((short) 60, (short) 100);
    }
    assertThat(setup.getLandscape()).isEqualTo(WIDE_SHEETS.contains(sheet.getSheetName()));
    assertThat(sheet.getHeader().getCenter()).contains("Tandem");
    assertThat(sheet.getFooter().getLeft()).contains("Confidential");
    assertThat(sheet.getFooter().getCenter()).matches("&8 Printed \\d{1,2} [A-Z][a-z]+ \\d{4}");
    assertThat(sheet.getFooter().getRight()).contains("Page &P of &N");
    assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)).isGreaterThan(0.4);
  }

  static List<XSSFPicture> pictures(XSSFSheet sheet) {
    XSSFDrawing drawing = sheet.getDrawingPatriarch();
    if (drawing == null) {
      return List.of();
    }
    return drawing.getShapes().stream()
        .filter(XSSFPicture.class::isInstance)
        .map(XSSFPicture.class::cast)
        .toList();
  }

  static String text(XSSFSheet sheet) {
    StringBuilder text = new StringBuilder();
    sheet.forEach(
        row ->
            row.forEach(
                cell -> {
                  if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    text.append(cell.getStringCellValue()).append('\n');
                  }
                }));
    return text.toString();
  }

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static Path xlsx(List<Path> files) {
    return files.stream().filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
  }

  private static Path pdf(List<Path> files) {
    return files.stream().filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow();
  }
}
