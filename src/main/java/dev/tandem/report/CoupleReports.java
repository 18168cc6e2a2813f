package dev.tandem.report;

import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one couple workbook and one couple PDF per complete couple, named after the couple code
 * ({@code couple-C07.xlsx}, {@code couple-C07.pdf}), and adds the couples' sheets to a cohort workbook.
 */
public final class CoupleReports {

  private CoupleReports() {}

  /** Writes every couple's workbook and PDF into {@code directory}; returns the files written. */
  public static List<Path> write(CouplesAnalysis analysis, Path directory) {
    Objects.requireNonNull(analysis, "analysis must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    List<Path> written = new ArrayList<>();
    for (CoupleResult couple : analysis.couples()) {
      CoupleReport report = CoupleReport.of(couple);
      String stem = "couple-" + fileSafe(report.code());
      Path workbookFile = directory.resolve(stem + ".xlsx");
      try (XSSFWorkbook workbook = CoupleWorkbook.build(report)) {
        write(workbookFile, workbook::write);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written.add(workbookFile);
      Path pdfFile = directory.resolve(stem + ".pdf");
      write(pdfFile, out -> CouplePdf.write(report, out));
      written.add(pdfFile);
    }
    return List.copyOf(written);
  }

  /** Adds the "Couples" and "Partner similarity" sheets to a cohort workbook. */
  public static void addCohortSheets(XSSFWorkbook workbook, CouplesAnalysis analysis) {
    Objects.requireNonNull(workbook, "workbook must not be null");
    Objects.requireNonNull(analysis, "analysis must not be null");
    CoupleCohortSheets.add(workbook, analysis);
  }

  static String fileSafe(String code) {
    String safe = code.replaceAll("[^A-Za-z0-9_-]", "_");
    return safe.isEmpty() ? "couple" : safe;
  }

  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void write(Path target, Content content) {
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      Path partial = target.resolveSibling(target.getFileName() + ".partial");
      try (OutputStream out = Files.newOutputStream(partial)) {
        content.writeTo(out);
      }
      Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
    }
  }
}
