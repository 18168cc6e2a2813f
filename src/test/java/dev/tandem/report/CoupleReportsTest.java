package dev.tandem.report;

import static dev.tandem.couples.CoupleFixtures.PATTERNS_FILE;
import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static dev.tandem.couples.CoupleFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.couples.CouplePatterns;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.PartnerRoles;
import dev.tandem.ingest.ImportResult;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.ScoredCohort;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoupleReportsTest {

  @TempDir Path out;

  /**
   * C1: one partner recharges alone, the other fears being left, and they disagree on a reversed
   * item; C2 lacks the closeness questionnaire for one partner; three others are not compared.
   */
  private final CouplesAnalysis analysis =
      CouplesAnalysis.of(
          new ScoredCohort(
              QUESTIONNAIRES,
              List.of(
                  client("ann")
                      .name("Ann Example")
                      .code("C1")
                      .scale("need-for-solitude.recharge", 5)
                      .item("closeness-desire.cd06", 1)
                      .build(),
                  client("ben")
                      .name("Ben Example")
                      .code("C1")
                      .scale("insecurity-triggers.abandonment", 5)
                      .item("closeness-desire.cd06", 5)
                      .build(),
                  client("cat").code("C2").build(),
                  client("dan").code("C2").without("closeness-desire").build(),
                  client("eve").code("C3").build(),
                  client("fay").code(null).build()),
              new ImportResult(List.of(), List.of(), 6, List.of())),
          CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES),
          PartnerRoles.NONE);

  @Test
  void writesOneWorkbookAndOnePdfPerCompleteCouple() {
    List<Path> written =
        CoupleReports.write(analysis, options()).stream().map(WriteResult::file).toList();

    assertThat(written)
        .containsExactly(
            out.resolve("couple-c1.xlsx"),
            out.resolve("couple-c1.pdf"),
            out.resolve("couple-c1-handout.pdf"),
            out.resolve("couple-c2.xlsx"),
            out.resolve("couple-c2.pdf"),
            out.resolve("couple-c2-handout.pdf"));
    assertThat(written).allSatisfy(file -> assertThat(file).isNotEmptyFile());
  }

  @Test
  void sessionPageShowsScoresPatternsAndDiscussionItemsOnOnePrintedPage() throws IOException {
    CoupleReports.write(analysis, options());

    try (XSSFWorkbook workbook = open(out.resolve("couple-c1.xlsx"))) {
      assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Session page");
      XSSFSheet page = workbook.getSheetAt(0);
      List<String> text = texts(page);
      assertThat(text)
          .contains(
              "Couple C1: session page",
              "Partner A: Ann Example",
              "Partner B: Ben Example",
              "One partner needs space, the other fears being left",
              "No item has both partners answering in the concerning direction.");
      assertThat(text)
          .anySatisfy(
              t -> assertThat(t).startsWith("The same evening alone that restores one partner"));
      Row recharge = rowStartingWith(page, "  Recharging alone");
      assertThat(recharge.getCell(1).getNumericCellValue()).isEqualTo(5.0);
      assertThat(recharge.getCell(2).getStringCellValue()).isEqualTo("High");
      assertThat(recharge.getCell(3).getNumericCellValue()).isEqualTo(3.0);
      assertThat(recharge.getCell(5).getNumericCellValue()).isEqualTo(2.0);
      assertThat(recharge.getCell(6).getStringCellValue()).isEqualTo("large difference");
      Row reversed =
          rowStartingWith(page, "Almost all of my free time is spent with my partner. (reversed)");
      assertThat(reversed.getCell(1).getStringCellValue()).isEqualTo("1 Strongly disagree");
      assertThat(reversed.getCell(4).getStringCellValue()).isEqualTo("5 Strongly agree");
      assertThat(reversed.getCell(7).getNumericCellValue()).isEqualTo(4.0);
      assertThat(page.getFitToPage()).isTrue();
      assertThat(page.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
      assertThat(page.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
      XSSFDrawing drawing = page.getDrawingPatriarch();
      assertThat(drawing.getShapes()).hasSize(2);
      assertThat(workbook.getSheet("All items").getLastRowNum()).isEqualTo(72);
    }
  }

  @Test
  void aPartnerMissingAQuestionnaireIsSaidOnThePageAndThePictureIsExplained() throws IOException {
    CoupleReports.write(analysis, options());

    try (XSSFWorkbook workbook = open(out.resolve("couple-c2.xlsx"))) {
      List<String> text = texts(workbook.getSheetAt(0));
      assertThat(text)
          .contains(
              "Partner B has not answered \"Closeness and desire\", so its scales are not compared.",
              "The closeness-desire picture needs both partners' merging, separateness and desire scores.");
      assertThat(workbook.getSheetAt(0).getDrawingPatriarch().getShapes()).hasSize(1);
    }
  }

  @Test
  void pdfIsOneA4PageWithTheSameContent() throws IOException {
    CoupleReports.write(analysis, options());

    try (PDDocument pdf = Loader.loadPDF(out.resolve("couple-c1.pdf").toFile())) {
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      assertThat(pdf.getPage(0).getMediaBox().getWidth())
          .isCloseTo(595.3f, org.assertj.core.api.Assertions.within(0.5f));
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text)
          .contains(
              "Couple C1: session page",
              "Partner A: Ann Example",
              "One partner needs space, the other fears being left",
              "Almost all of my free time is spent with my partner. (reversed)",
              "5 Strongly agree");
    }
  }

  @Test
  void withoutAWorkbookEveryDiscussionItemFollowsTheSessionPageAndNoneIsSaidToBeInAWorkbook()
      throws IOException {
    CouplesAnalysis farApart =
        CouplesAnalysis.of(
            new ScoredCohort(
                QUESTIONNAIRES,
                List.of(
                    client("gil")
                        .code("C9")
                        .scale("need-for-solitude.recharge", 5)
                        .scale("need-for-solitude.autonomy", 5)
                        .scale("insecurity-triggers.trust", 1)
                        .build(),
                    client("hal")
                        .code("C9")
                        .scale("need-for-solitude.recharge", 1)
                        .scale("need-for-solitude.autonomy", 1)
                        .scale("insecurity-triggers.trust", 5)
                        .build()),
                new ImportResult(List.of(), List.of(), 2, List.of())),
            CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES),
            PartnerRoles.NONE);
    var couple = farApart.couples().get(0);
    List<String> discussed =
        couple.comparison().discussionItems().stream().map(i -> i.item().text()).toList();
    assertThat(discussed).hasSizeGreaterThan(CoupleReport.DISCUSSION_SHOWN);

    for (Paper paper : Paper.values()) {
      CoupleReports.write(
          couple, options().withPaper(paper).withFormats(java.util.Set.of(OutputFormat.PDF)));
      try (PDDocument pdf = Loader.loadPDF(out.resolve("couple-c9.pdf").toFile())) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        String session = stripper.getText(pdf);
        stripper.setStartPage(2);
        stripper.setEndPage(pdf.getNumberOfPages());
        String rest = stripper.getText(pdf);
        assertThat(session)
            .contains("Couple C9: session page", "every item follows after this page")
            .doesNotContain("every item to talk about");
        assertThat(rest).contains("Couple C9: session page", "Couple C9: every item to talk about");
        assertThat(session + rest).doesNotContain("workbook");
        assertThat(discussed)
            .allSatisfy(item -> assertThat(rest.replaceAll("\\s+", " ")).contains(item));
      }
      java.nio.file.Files.delete(out.resolve("couple-c9.pdf"));
    }
  }

  @Test
  void aLongBandNameWrapsBetweenWordsAndItsRowShowsBothLines() throws IOException {
    CouplesAnalysis leaning =
        CouplesAnalysis.of(
            new ScoredCohort(
                QUESTIONNAIRES,
                List.of(
                    client("gus")
                        .code("C7")
                        .scale("closeness-desire.separateness", 5)
                        .scale("closeness-desire.merging", 1)
                        .build(),
                    client("hal").code("C7").build()),
                new ImportResult(List.of(), List.of(), 2, List.of())),
            CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES),
            PartnerRoles.NONE);
    CoupleReports.write(leaning, options());

    try (XSSFWorkbook workbook = open(out.resolve("couple-c7.xlsx"))) {
      XSSFSheet page = workbook.getSheetAt(0);
      Row balance = rowStartingWith(page, "  Closeness balance");
      Cell band = balance.getCell(2);
      assertThat(band.getStringCellValue()).isEqualTo("Leaning to separateness");
      assertThat(band.getCellStyle().getWrapText()).isTrue();
      assertThat(page.getColumnWidth(2) / 256).isGreaterThan("separateness".length());
      assertThat(balance.getHeightInPoints())
          .isGreaterThanOrEqualTo(Cells.wordWrappedHeight("Leaning to separateness", 15, 9))
          .isGreaterThan(2 * 9f);
    }
  }

  @Test
  void cohortSheetsHaveOneRowPerCoupleAndListEveryoneNotCompared() {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CoupleReports.addCohortSheets(workbook, analysis, options());

      Sheet couples = workbook.getSheet("Couples");
      List<String> headers = new ArrayList<>();
      couples.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith(
              "Couple",
              "Partner A",
              "Partner B",
              "Profile r",
              "Discussion items",
              "Shared concerns");
      assertThat(headers).endsWith("Patterns", "Not compared");
      for (String name : List.of("Couples", "Partner similarity")) {
        XSSFSheet sheet = workbook.getSheet(name);
        ClientReportFilesTest.assertPrintable(
            sheet, org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
        assertThat(sheet.getRow(0).getHeightInPoints()).as(name).isGreaterThan(2 * 12.5f);
      }
      Row c1 = couples.getRow(1);
      assertThat(c1.getCell(0).getStringCellValue()).isEqualTo("C1");
      assertThat(c1.getCell(1).getStringCellValue()).isEqualTo("Ann Example");
      int patterns = headers.indexOf("Patterns");
      assertThat(c1.getCell(patterns).getStringCellValue())
          .contains("One partner needs space, the other fears being left (first side: partner A)");
      int recharge = headers.indexOf("Recharging alone (A - B)");
      assertThat(c1.getCell(recharge).getNumericCellValue()).isEqualTo(2.0);
      assertThat(couples.getRow(2).getCell(headers.size() - 1).getStringCellValue())
          .isEqualTo(
              "partner B has not answered \"Closeness and desire\", so its scales are not compared");
      List<String> text = texts(couples);
      assertThat(text)
          .contains(
              "Not compared",
              "waiting for a partner with the same code",
              "no couple code",
              "eve",
              "fay");

      Sheet similarity = workbook.getSheet("Partner similarity");
      assertThat(similarity.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("Closeness and desire: Togetherness and merging");
      assertThat(texts(similarity))
          .anySatisfy(
              t ->
                  assertThat(t)
                      .startsWith("Paired t-test not computed: the data gives no partner role"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void onlyTheFormatsAskedForAreWritten() {
    List<Path> written =
        CoupleReports.write(analysis, options().withFormats(java.util.Set.of(OutputFormat.PDF)))
            .stream()
            .map(WriteResult::file)
            .toList();

    assertThat(written)
        .containsExactly(
            out.resolve("couple-c1.pdf"),
            out.resolve("couple-c1-handout.pdf"),
            out.resolve("couple-c2.pdf"),
            out.resolve("couple-c2-handout.pdf"));
  }

  private ReportOptions options() {
    return ReportOptions.defaults(out)
        .withPaper(Paper.A4)
        .withDate(java.time.LocalDate.of(2026, 5, 4));
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static List<String> texts(Sheet sheet) {
    List<String> out = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
          out.add(cell.getStringCellValue());
        }
      }
    }
    return out;
  }

  private static Row rowStartingWith(Sheet sheet, String first) {
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
          && cell.getStringCellValue().equals(first)) {
        return row;
      }
    }
    throw new AssertionError("no row starts with " + first);
  }
}
