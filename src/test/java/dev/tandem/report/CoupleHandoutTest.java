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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CoupleHandoutTest {

  @TempDir Path out;

  /**
   * One partner recharges alone and needs little contact, the other fears being left and wants
   * contact.
   */
  private static CouplesAnalysis analysis(String nameA, String nameB) {
    return CouplesAnalysis.of(
        new ScoredCohort(
            QUESTIONNAIRES,
            List.of(
                client("ann")
                    .name(nameA)
                    .code("Ж1")
                    .scale("need-for-solitude.recharge", 5)
                    .scale("insecurity-triggers.reassurance", 1)
                    .scale("insecurity-triggers.trust", 5)
                    .build(),
                client("ben")
                    .name(nameB)
                    .code("Ж1")
                    .scale("insecurity-triggers.abandonment", 5)
                    .scale("insecurity-triggers.reassurance", 5)
                    .scale("insecurity-triggers.trust", 5)
                    .build()),
            new ImportResult(List.of(), List.of(), 2, List.of())),
        CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES),
        PartnerRoles.NONE);
  }

  private String handoutText(String nameA, String nameB, Paper paper) throws IOException {
    List<WriteResult> written =
        CoupleReports.write(
            analysis(nameA, nameB),
            ReportOptions.defaults(out).withPaper(paper).withDate(LocalDate.of(2026, 5, 4)));
    Path pdf =
        written.stream()
            .map(WriteResult::file)
            .filter(f -> f.toString().endsWith("-handout.pdf"))
            .findFirst()
            .orElseThrow();
    assertThat(pdf.getFileName().toString()).isEqualTo("couple-ж1-handout.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(document.getNumberOfPages()).isEqualTo(CoupleHandoutPdf.PAGES_WANTED);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(2);
      assertThat(stripper.getText(document)).startsWith(SpaceAgreement.TITLE);
      stripper.setStartPage(1);
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theHandoutNamesBothPartnersAndSpeaksToThemWithoutBlame(Paper paper) throws IOException {
    String text = handoutText("Анна Петрова", "נועה כהן", paper);

    assertThat(text)
        .contains(
            "For Анна Петрова and נועה כהן",
            "Your strengths together",
            "You are both in a good place on: Trust in the partner's commitment",
            "Your growth areas",
            "\u201CI am confident my partner stays committed to us even when we spend time apart.\u201D: you both agreed",
            "\u201CTime apart makes me wonder whether my partner's feelings for me are cooling.\u201D: you both disagreed",
            "Closeness and desire",
            "A is Анна Петрова, B is נועה כהן",
            "One of you recharges with time alone, and the other can feel left",
            "Things to try together",
            "Agree one fixed evening apart");
    assertThat(text)
        .doesNotContain("Help the partner who needs space", "refer", "this client", "Partner A");
  }

  @ParameterizedTest
  @EnumSource(Paper.class)
  void theSpaceAgreementIsPrefilledFromTheirScores(Paper paper) throws IOException {
    String text = handoutText("Ελένη", "王小明", paper);

    assertThat(text)
        .contains(
            "Our space agreement",
            "Time alone for Ελένη: when, and for how long",
            "Time alone restores Ελένη a lot: a fixed evening each week",
            "A check-in message at an agreed time, for example at lunchtime and before bed, helps 王小明 feel connected.",
            "王小明 first gets as much time to say what worries them",
            "When we look at this again");
  }
}
