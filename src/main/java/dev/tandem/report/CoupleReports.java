package dev.tandem.report;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.report.output.WriteResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the couple reports: per complete couple a workbook and/or a PDF (as the options ask),
 * named after the couple code ({@code couple-c07.xlsx}, see {@link ReportNames}), the PDF with the
 * couple's own handout beside it ({@code couple-c07-handout.pdf}); and the couples' sheets of the
 * cohort workbook.
 */
public final class CoupleReports {

  private CoupleReports() {}

  /**
   * Writes every complete couple's reports into the options' folder; returns what happened to each
   * file.
   */
  public static List<WriteResult> write(CouplesAnalysis analysis, ReportOptions options) {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(options, "options must not be null");
    List<WriteResult> written = new ArrayList<>();
    for (CoupleResult couple : analysis.couples()) {
      written.addAll(write(couple, options));
    }
    return List.copyOf(written);
  }

  /**
   * Writes one couple's reports (workbook and/or PDF, as the options ask); returns what happened to
   * each file.
   */
  public static List<WriteResult> write(CoupleResult couple, ReportOptions options) {
    Objects.requireNonNull(couple, "couple must not be null");
    Objects.requireNonNull(options, "options must not be null");
    return options.folders().recordedTogether(() -> writeFiles(couple, options));
  }

  private static List<WriteResult> writeFiles(CoupleResult couple, ReportOptions options) {
    CoupleReport complete = CoupleReport.complete(couple);
    CoupleReport report =
        complete.limited(CoupleReport.DISCUSSION_SHOWN, CoupleReport.CONCERNS_SHOWN);
    String stem = options.names().couple(report.code());
    List<WriteResult> written = new ArrayList<>();
    if (options.wants(OutputFormat.XLSX)) {
      Path target = options.outputDir().resolve(stem + ".xlsx");
      written.add(
          ReportWriter.claimed(
              target,
              report.code(),
              options,
              () ->
                  ReportWriter.writeWorkbook(
                      target, CoupleWorkbook.build(report, options), options)));
    }
    if (options.wants(OutputFormat.PDF)) {
      Path target = options.outputDir().resolve(stem + ".pdf");
      written.add(
          ReportWriter.claimed(
              target,
              report.code(),
              options,
              () ->
                  OutputFiles.write(
                      target, options, out -> CouplePdf.write(complete, options, out))));
      CoupleHandout handout = CoupleHandout.of(couple);
      Path handoutTarget = options.outputDir().resolve(ReportNames.handout(stem) + ".pdf");
      written.add(
          ReportWriter.claimed(
              handoutTarget,
              report.code(),
              options,
              () ->
                  OutputFiles.write(
                      handoutTarget,
                      options,
                      out -> CoupleHandoutPdf.write(handout, options, out))));
    }
    return List.copyOf(written);
  }

  /**
   * Adds the "Couples" and "Partner similarity" sheets, with their print set-up, to a cohort
   * workbook.
   */
  public static void addCohortSheets(
      XSSFWorkbook workbook, CouplesAnalysis analysis, ReportOptions options) {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(options, "options must not be null");
    CoupleCohortSheets.add(workbook, analysis, options);
  }
}
