package dev.tandem.report;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.report.output.Protection;
import dev.tandem.report.output.WriteResult;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes Tandem's reports: a client report per client (workbook and/or PDF, the PDF with the
 * client's own handout beside it) and the cohort workbook. Every file goes through {@link
 * OutputFiles}, stamped with the report date and encrypted when the options carry a password; each
 * write returns what happened to the file (written, unchanged, written beside an edited copy, or
 * failed with the reason). Nothing here logs or prints.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * Writes one client's report in each format the options ask for and returns the files written.
   * {@code questionnaires} gives the order of the sections; questionnaires the client did not
   * answer are left out.
   */
  public static List<WriteResult> writeClient(
      Client client, List<Questionnaire> questionnaires, ReportOptions options) {
    return writeClient(client, questionnaires, Optional.empty(), options);
  }

  /**
   * As {@link #writeClient(Client, List, ReportOptions)}, with the cohort's statistics, which
   * percentiles and reliable change use where a definition states no norms or reliability.
   */
  public static List<WriteResult> writeClient(
      Client client,
      List<Questionnaire> questionnaires,
      Optional<CohortStatistics> statistics,
      ReportOptions options) {
    Objects.requireNonNull(client, "client must not be null");
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    Objects.requireNonNull(statistics, "statistics must not be null");
    Objects.requireNonNull(options, "options must not be null");
    ClientReport report = ClientReport.of(client, questionnaires, statistics);
    return options.folders().recordedTogether(() -> writeClient(report, client, options));
  }

  private static List<WriteResult> writeClient(
      ClientReport report, Client client, ReportOptions options) {
    String stem = options.names().client(client);
    List<WriteResult> written = new ArrayList<>();
    if (options.wants(OutputFormat.XLSX)) {
      Path target = options.outputDir().resolve(stem + ".xlsx");
      written.add(
          claimed(
              target,
              client.id(),
              options,
              () -> writeWorkbook(target, ClientWorkbook.build(report, options), options)));
    }
    if (options.wants(OutputFormat.PDF)) {
      Path target = options.outputDir().resolve(stem + ".pdf");
      written.add(
          claimed(
              target,
              client.id(),
              options,
              () ->
                  OutputFiles.write(
                      target, options, out -> ClientPdf.write(report, options, out))));
      ClientHandout handout = ClientHandout.of(report);
      Path handoutTarget = options.outputDir().resolve(ReportNames.handout(stem) + ".pdf");
      written.add(
          claimed(
              handoutTarget,
              client.id(),
              options,
              () ->
                  OutputFiles.write(
                      handoutTarget,
                      options,
                      out -> ClientHandoutPdf.write(handout, options, out))));
    }
    return List.copyOf(written);
  }

  /**
   * Writes the cohort workbook ({@code cohort.xlsx}), computing the statistics, and returns its
   * path.
   */
  public static WriteResult writeCohort(ScoredCohort cohort, ReportOptions options) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    return writeCohort(cohort, CohortStatistics.of(cohort), options);
  }

  /** Writes the cohort workbook ({@code cohort.xlsx}) from statistics already computed. */
  public static WriteResult writeCohort(
      ScoredCohort cohort, CohortStatistics statistics, ReportOptions options) {
    return writeCohort(cohort, statistics, Optional.empty(), options);
  }

  /**
   * Writes the cohort workbook from statistics already computed: the "Caseload" sheet first, and
   * the couples' sheets ("Couples", "Partner similarity") when a couples analysis is given.
   */
  public static WriteResult writeCohort(
      ScoredCohort cohort,
      CohortStatistics statistics,
      Optional<CouplesAnalysis> couples,
      ReportOptions options) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    Objects.requireNonNull(statistics, "statistics must not be null");
    Objects.requireNonNull(couples, "couples must not be null");
    Objects.requireNonNull(options, "options must not be null");
    XSSFWorkbook workbook = CohortWorkbook.build(cohort, statistics, couples.isPresent(), options);
    couples.ifPresent(analysis -> CoupleCohortSheets.add(workbook, analysis, options));
    CaseloadSheet.add(workbook, Caseload.of(cohort, couples, options.names()), options);
    Path target = options.outputDir().resolve(ReportNames.COHORT_STEM + ".xlsx");
    return options.folders().recordedTogether(() -> writeWorkbook(target, workbook, options));
  }

  /**
   * Writes one report file for {@code owner} (a client id, a couple code) unless another report of
   * this run already wrote a file of that name: then a failed result says so, and nothing is
   * replaced.
   */
  static WriteResult claimed(
      Path target, String owner, ReportOptions options, Supplier<WriteResult> write) {
    return options
        .names()
        .claim(target, owner)
        .map(clash -> new WriteResult(WriteResult.Status.FAILED, target, target + ": " + clash))
        .orElseGet(write);
  }

  static WriteResult writeWorkbook(Path target, XSSFWorkbook workbook, ReportOptions options) {
    try (workbook) {
      return OutputFiles.write(
          target,
          options,
          out -> Protection.write(workbook, options.password(), options.stamp(), out));
    } catch (java.io.IOException e) {
      throw new ReportException(target, "could not be completed (" + e.getMessage() + ")", e);
    }
  }
}
