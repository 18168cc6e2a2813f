package dev.tandem.report;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.report.output.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the couple reports: per complete couple a workbook and/or a PDF (as the options ask), named
 * after the couple code ({@code couple-c07.xlsx}), the PDF with the couple's own handout beside it
 * ({@code couple-c07-handout.pdf}); and the couples' sheets of the cohort workbook.
 */
public final class CoupleReports {

  private CoupleReports() {}

  /** Writes every complete couple's reports into the options' folder; returns what happened to each file. */
  public static List<WriteResult> write(CouplesAnalysis analysis, ReportOptions options) {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(options, "options must not be null");
    List<WriteResult> written = new ArrayList<>();
    for (CoupleResult couple : analysis.couples()) {
      written.addAll(write(couple, options));
    }
    return List.copyOf(written);
  }

  /** Writes one couple's reports (workbook and/or PDF, as the options ask); returns what happened to each file. */
  public static List<WriteResult> write(CoupleResult couple, ReportOptions options) {
    Objects.requireNonNull(couple, "couple must not be null");
    Objects.requireNonNull(options, "options must not be null");
    CoupleReport report = CoupleReport.of(couple);
    String stem = stem(report.code());
    List<WriteResult> written = new ArrayList<>();
    if (options.wants(OutputFormat.XLSX)) {
      written.add(ReportWriter.writeWorkbook(options.outputDir().resolve(stem + ".xlsx"),
          CoupleWorkbook.build(report, options), options));
    }
    if (options.wants(OutputFormat.PDF)) {
      written.add(OutputFiles.write(options.outputDir().resolve(stem + ".pdf"),
          out -> CouplePdf.write(report, options, out)));
      CoupleHandout handout = CoupleHandout.of(couple);
      written.add(OutputFiles.write(options.outputDir().resolve(ReportNames.handout(stem) + ".pdf"),
          out -> CoupleHandoutPdf.write(handout, options, out)));
    }
    return List.copyOf(written);
  }

  /** Adds the "Couples" and "Partner similarity" sheets to a cohort workbook. */
  public static void addCohortSheets(XSSFWorkbook workbook, CouplesAnalysis analysis) {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(analysis, "analysis must not be null");
    CoupleCohortSheets.add(workbook, analysis);
  }

  /** "couple-" and the code in letters, digits, dashes and underscores ("couple" alone if none is left). */
  static String stem(String code) {
    String safe = ReportNames.safe(code);
    return safe.isEmpty() ? "couple" : "couple-" + safe;
  }
}
