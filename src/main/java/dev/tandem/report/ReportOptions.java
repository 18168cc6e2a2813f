package dev.tandem.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How and where reports are written: the paper, the formats of the client and couple reports (the
 * cohort workbook is always a workbook), the output folder and the date printed on every page.
 * Built with {@link #defaults(Path)} and the {@code with...} methods.
 */
public record ReportOptions(Paper paper, Set<OutputFormat> formats, Path outputDir, LocalDate date) {

  public ReportOptions {
    Objects.requireNonNull(paper, "paper must not be null");
    Objects.requireNonNull(formats, "formats must not be null");
    Objects.requireNonNull(outputDir, "outputDir must not be null");
    Objects.requireNonNull(date, "date must not be null");
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("formats must name at least one format");
    }
    formats = Set.copyOf(EnumSet.copyOf(formats));
  }

  /** The usual paper of the default locale, both formats, today's date. */
  public static ReportOptions defaults(Path outputDir) {
    return new ReportOptions(Paper.forLocale(Locale.getDefault(Locale.Category.FORMAT)),
        EnumSet.allOf(OutputFormat.class), outputDir, LocalDate.now());
  }

  public ReportOptions withPaper(Paper newPaper) {
    return new ReportOptions(newPaper, formats, outputDir, date);
  }

  public ReportOptions withFormats(Set<OutputFormat> newFormats) {
    return new ReportOptions(paper, newFormats, outputDir, date);
  }

  public ReportOptions withOutputDir(Path newOutputDir) {
    return new ReportOptions(paper, formats, newOutputDir, date);
  }

  public ReportOptions withDate(LocalDate newDate) {
    return new ReportOptions(paper, formats, outputDir, newDate);
  }

  public boolean wants(OutputFormat format) {
    return formats.contains(format);
  }
}
