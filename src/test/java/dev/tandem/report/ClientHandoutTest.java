package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Client;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClientHandoutTest {

  @TempDir Path out;

  private ReportOptions options(Paper paper) {
    return ReportOptions.defaults(out).withPaper(paper).withDate(LocalDate.of(2026, 3, 20));
  }

  private static Client client(String name, double lean) {
    return ReportFixtures.client("ana@example.org", name, "C01", 2, lean, 0.3, 7);
  }

  private Path handout(Client client, Paper paper) {
    List<WriteResult> written =
        ReportWriter.writeClient(
            client,
            ReportFixtures.questionnaires(),
            options(paper).withFormats(java.util.Set.of(OutputFormat.PDF)));
    return written.stream()
        .map(WriteResult::file)
        .filter(f -> f.toString().endsWith("-handout.pdf"))
        .findFirst()
        .orElseThrow();
  }

  private static String text(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theHandoutIsBesideTheCoachReportAndFitsTwoPages(Paper paper) throws IOException {
    Path pdf = handout(client("Ana Lima", 3.4), paper);

    assertThat(pdf.getFileName().toString()).matches("client-ana-lima_[0-9a-z]{6}-handout\\.pdf");
    assertThat(pdf.resolveSibling(pdf.getFileName().toString().replace("-handout", ""))).exists();
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isBetween(1, ClientHandoutPdf.MAX_PAGES);
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(paper.widthPoints());
    }
  }

  @Test
  void theHandoutSpeaksToTheClientAndHoldsNothingForTheCoachOnly() throws IOException {
    String text = text(handout(client("Łukasz Żółw", 3.4), Paper.A4));

    assertThat(text)
        .contains(
            "For Łukasz Żółw",
            "At a glance",
            "Your strengths:",
            "Areas to work on:",
            "Need for solitude",
            "How much time on your own restores your energy, calm and sense of self.",
            "Try: ",
            "About these scores");
    assertThat(text.split("About these scores", -1)).hasSize(2);
    assertThat(text)
        .doesNotContainIgnoringCase("percentile")
        .doesNotContain("this client", "refer", "coach might");
  }

  @Test
  void strengthsAndAreasFollowEachScalesConcern() {
    ClientHandout high =
        ClientHandout.of(ClientReport.of(client("Ana", 4.6), ReportFixtures.questionnaires()));
    ClientHandout low =
        ClientHandout.of(ClientReport.of(client("Ana", 1.4), ReportFixtures.questionnaires()));

    // everything answered high: the high-concern scales (strain, abandonment...) are areas, the
    // low-concern ones strengths
    assertThat(high.areas())
        .extracting(ClientHandout.Line::scale)
        .isNotEmpty()
        .allMatch(
            s ->
                List.of(
                        "Signs of unmet need",
                        "Sensitivity to being left",
                        "Need for contact while apart",
                        "Togetherness and merging")
                    .contains(s));
    assertThat(high.strengths())
        .extracting(ClientHandout.Line::scale)
        .isNotEmpty()
        .doesNotContainAnyElementsOf(high.areas().stream().map(ClientHandout.Line::scale).toList());
    assertThat(low.strengths())
        .extracting(ClientHandout.Line::scale)
        .allMatch(
            s ->
                List.of(
                        "Signs of unmet need",
                        "Sensitivity to being left",
                        "Need for contact while apart",
                        "Togetherness and merging")
                    .contains(s));
    assertThat(high.strengths())
        .hasSizeLessThanOrEqualTo(ClientHandout.AT_A_GLANCE)
        .allSatisfy(line -> assertThat(line.band()).isNotEqualTo("Moderate"));
    assertThat(high.areas()).hasSizeLessThanOrEqualTo(ClientHandout.AT_A_GLANCE);
  }

  @Test
  void theClientWorkbookHasTheSameHandoutAsASheet() throws IOException {
    Client client = client("Ana Lima", 3.4);
    ReportWriter.writeClient(client, ReportFixtures.questionnaires(), options(Paper.A4));
    ClientHandout handout =
        ClientHandout.of(ClientReport.of(client, ReportFixtures.questionnaires()));
    Path workbook;
    try (var files = java.nio.file.Files.list(out)) {
      workbook = files.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
    }

    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(workbook.toFile())) {
      var sheet = book.getSheet(HandoutSheet.NAME);
      assertThat(sheet).isNotNull();
      List<String> cells = new java.util.ArrayList<>();
      sheet.forEach(row -> row.forEach(cell -> cells.add(cell.getStringCellValue())));
      assertThat(cells)
          .contains(
              "For Ana Lima",
              "At a glance",
              ClientHandout.ABOUT,
              "Your strengths: "
                  + handout.strengths().stream()
                      .map(ClientHandout.Line::words)
                      .collect(java.util.stream.Collectors.joining("; "))
                  + ".");
      assertThat(String.join(" ", cells)).doesNotContainIgnoringCase("percentile");
      assertThat(book.getSheetAt(0).getSheetName()).isNotEqualTo(HandoutSheet.NAME);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new AssertionError(e);
    }
  }
}
