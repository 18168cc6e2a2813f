package dev.tandem.report;

import dev.tandem.report.output.ReportPassword;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How and where reports are written: the paper, the formats of the client and couple reports (the
 * cohort workbook is always a workbook), the output folder, the date printed on every page (and
 * stamped into the files, so the same input on the same day gives the same reports), the password
 * that encrypts every file, if any, the names of the report files ({@link ReportNames}) and the
 * coach's practice name printed in every header, if any; and what the run's reports share while
 * they are written: its open output folders ({@link ReportFolders}) and the line breaks of the
 * PDFs' texts ({@link LineBreaks}), kept for this run only. Built with {@link #defaults(Path)} and
 * the {@code with...} methods, once per run.
 */
public record ReportOptions(
    Paper paper,
    Set<OutputFormat> formats,
    Path outputDir,
    LocalDate date,
    Optional<ReportPassword> password,
    ReportNames names,
    Optional<String> practice,
    ReportFolders folders,
    LineBreaks lineBreaks) {

  public ReportOptions {
    Objects.requireNonNull(paper, "paper must not be null");
    Objects.requireNonNull(formats, "formats must not be null");
    Objects.requireNonNull(outputDir, "outputDir must not be null");
    Objects.requireNonNull(date, "date must not be null");
    Objects.requireNonNull(password, "password must not be null");
    Objects.requireNonNull(names, "names must not be null");
    Objects.requireNonNull(practice, "practice must not be null");
    Objects.requireNonNull(folders, "folders must not be null");
    Objects.requireNonNull(lineBreaks, "lineBreaks must not be null");
    practice = practice.map(String::strip).filter(name -> !name.isEmpty());
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("formats must name at least one format");
    }
    formats = Set.copyOf(EnumSet.copyOf(formats));
  }

  /**
   * The usual paper of the default locale, both formats, today's date, file names keyed with a
   * random secret (a run gives {@link #withNames} names keyed with the coach's secret), no practice
   * name.
   */
  public static ReportOptions defaults(Path outputDir) {
    return new ReportOptions(
        Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT)),
        EnumSet.allOf(OutputFormat.class),
        outputDir,
        LocalDate.now(),
        Optional.empty(),
        ReportNames.withRandomKey(),
        Optional.empty(),
        ReportFolders.forOneRun(),
        new LineBreaks());
  }

  /** Name the report files with these names (and their record of the files this run wrote). */
  public ReportOptions withNames(ReportNames newNames) {
    return new ReportOptions(
        paper, formats, outputDir, date, password, newNames, practice, folders, lineBreaks);
  }

  public ReportOptions withPaper(Paper newPaper) {
    return new ReportOptions(
        newPaper, formats, outputDir, date, password, names, practice, folders, lineBreaks);
  }

  public ReportOptions withFormats(Set<OutputFormat> newFormats) {
    return new ReportOptions(
        paper, newFormats, outputDir, date, password, names, practice, folders, lineBreaks);
  }

  public ReportOptions withOutputDir(Path newOutputDir) {
    return new ReportOptions(
        paper, formats, newOutputDir, date, password, names, practice, folders, lineBreaks);
  }

  public ReportOptions withDate(LocalDate newDate) {
    return new ReportOptions(
        paper, formats, outputDir, newDate, password, names, practice, folders, lineBreaks);
  }

  public boolean wants(OutputFormat format) {
    return formats.contains(format);
  }

  /** Encrypt every file written with this password (workbooks AES-256 agile, PDFs AES-256). */
  public ReportOptions withPassword(Optional<ReportPassword> newPassword) {
    return new ReportOptions(
        paper, formats, outputDir, date, newPassword, names, practice, folders, lineBreaks);
  }

  /** Print this practice name in every report's header and PDF metadata; blank means none. */
  public ReportOptions withPractice(Optional<String> newPractice) {
    return new ReportOptions(
        paper, formats, outputDir, date, password, names, newPractice, folders, lineBreaks);
  }

  /** The instant stamped into every file: the start of the report date, UTC. */
  public Instant stamp() {
    return date.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
