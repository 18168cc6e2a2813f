package dev.tandem.report;

import dev.tandem.couples.CoupleComparison;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.couples.Icc;
import dev.tandem.couples.PairedTest;
import dev.tandem.couples.Pairing;
import dev.tandem.couples.PatternMatch;
import dev.tandem.couples.ScaleComparison;
import dev.tandem.couples.ScaleSimilarity;
import dev.tandem.report.output.TextCells;
import dev.tandem.scoring.Client;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The couples' part of the cohort workbook. "Couples": one row per complete couple with the profile
 * correlation, counts of discussion items and shared concerns, every scale's difference (A - B) and
 * the patterns that fire; below it everyone not compared (waiting for a partner, on an over-full
 * code, without a code), so nobody is dropped silently. "Partner similarity": per scale the ICC
 * forms as psych reports them, and the paired t-test or the reason it is not computed.
 */
final class CoupleCohortSheets {

  static final String COUPLES_SHEET = "Couples";
  static final String SIMILARITY_SHEET = "Partner similarity";

  private final XSSFWorkbook workbook;
  private final SheetStyles styles;
  private final XSSFCellStyle bold;
  private final XSSFCellStyle decimal;
  private final XSSFCellStyle probability;
  private final XSSFCellStyle wrap;

  private CoupleCohortSheets(XSSFWorkbook workbook) {
    this.workbook = workbook;
    this.styles = new SheetStyles(workbook);
    bold = styles.bold;
    decimal = styles.rowScore;
    probability = workbook.createCellStyle();
    probability.cloneStyleFrom(styles.rowScore);
    probability.setDataFormat(workbook.createDataFormat().getFormat("0.0000"));
    wrap = styles.wrap;
  }

  static void add(XSSFWorkbook workbook, CouplesAnalysis analysis, ReportOptions options) {
    CoupleCohortSheets sheets = new CoupleCohortSheets(workbook);
    XSSFSheet couples = sheets.couples(analysis);
    PrintLayout.of(options, CohortWorkbook.TITLE + ": couples")
        .repeating(1)
        .wide()
        .applyTo(couples);
    XSSFSheet similarity = sheets.similarity(analysis);
    PrintLayout.of(options, CohortWorkbook.TITLE + ": partner similarity")
        .repeating(1)
        .wide()
        .applyTo(similarity);
  }

  private XSSFSheet couples(CouplesAnalysis analysis) {
    XSSFSheet sheet = workbook.createSheet(COUPLES_SHEET);
    Map<String, String> scales = new LinkedHashMap<>();
    for (CoupleResult result : analysis.couples()) {
      for (ScaleComparison scale : result.comparison().scales()) {
        scales.putIfAbsent(scale.reference(), scale.scale().name() + " (A - B)");
      }
    }
    List<String> headers =
        new ArrayList<>(
            List.of(
                "Couple",
                "Partner A",
                "Partner B",
                "Profile r",
                "Discussion items",
                "Shared concerns"));
    headers.addAll(scales.values());
    headers.add("Patterns");
    headers.add("Not compared");
    headerRow(sheet, 0, headers);
    int r = 1;
    for (CoupleResult result : analysis.couples()) {
      CoupleComparison comparison = result.comparison();
      XSSFRow row = sheet.createRow(r++);
      int c = 0;
      TextCells.set(row.createCell(c++), comparison.couple().code());
      TextCells.set(row.createCell(c++), who(comparison.couple().a()));
      TextCells.set(row.createCell(c++), who(comparison.couple().b()));
      number(row, c++, comparison.profile().value(), decimal);
      row.createCell(c++).setCellValue(comparison.discussionItems().size());
      row.createCell(c++).setCellValue(comparison.sharedConcerns().size());
      for (String reference : scales.keySet()) {
        number(
            row,
            c++,
            comparison
                .scale(reference)
                .map(ScaleComparison::difference)
                .orElse(OptionalDouble.empty()),
            decimal);
      }
      List<String> fired = new ArrayList<>();
      for (PatternMatch match : result.patterns().fired()) {
        fired.add(
            match.pattern().name()
                + (match.oneSide().size() == 1
                    ? " (first side: partner " + match.oneSide().get(0).name() + ")"
                    : ""));
      }
      TextCells.set(row.createCell(c++), String.join("; ", fired));
      TextCells.set(
          row.createCell(c),
          String.join("; ", comparison.missing().stream().map(m -> m.describe()).toList()));
    }
    if (analysis.couples().isEmpty()) {
      TextCells.set(
          sheet.createRow(r++).createCell(0),
          "No complete couples: no couple code is shared by exactly two clients.");
    }
    r++;
    Pairing pairing = analysis.pairing();
    TextCells.set(sheet.createRow(r++).createCell(0), "Not compared");
    sheet.getRow(r - 1).getCell(0).setCellStyle(bold);
    headerRow(sheet, r++, List.of("Couple code", "Client", "Why"));
    for (Pairing.Waiting waiting : pairing.waiting()) {
      r =
          listRow(
              sheet,
              r,
              waiting.code(),
              waiting.client(),
              "waiting for a partner with the same code");
    }
    for (Pairing.OverfullCode overfull : pairing.overfull()) {
      for (Client client : overfull.clients()) {
        r = listRow(sheet, r, overfull.code(), client, overfull.problem());
      }
    }
    for (Client client : pairing.unpaired()) {
      r = listRow(sheet, r, "", client, "no couple code");
    }
    if (pairing.waiting().isEmpty()
        && pairing.overfull().isEmpty()
        && pairing.unpaired().isEmpty()) {
      TextCells.set(sheet.createRow(r).createCell(0), "Everyone is in a complete couple.");
    }
    sheet.createFreezePane(1, 1);
    for (int c = 0; c < headers.size(); c++) {
      sheet.setColumnWidth(c, (c == headers.size() - 2 ? 60 : c < 3 ? 20 : 14) * 256);
    }
    fitHeader(sheet, headers, 14);
    return sheet;
  }

  /**
   * Makes the header row tall enough for its longest wrapped name in a column this many characters
   * wide.
   */
  private static void fitHeader(XSSFSheet sheet, List<String> headers, int columnCharacters) {
    float height = 0;
    for (String header : headers) {
      height = Math.max(height, Cells.wrappedHeight(header, columnCharacters, 10));
    }
    sheet.getRow(0).setHeightInPoints(height + 4);
  }

  private int listRow(XSSFSheet sheet, int r, String code, Client client, String why) {
    XSSFRow row = sheet.createRow(r);
    TextCells.set(row.createCell(0), code);
    TextCells.set(row.createCell(1), who(client));
    TextCells.set(row.createCell(2), why);
    return r + 1;
  }

  /**
   * The client's name where the export has one, else their id (under --pseudonymize, their code).
   */
  private static String who(Client client) {
    return client.name().orElse(client.id());
  }

  private XSSFSheet similarity(CouplesAnalysis analysis) {
    XSSFSheet sheet = workbook.createSheet(SIMILARITY_SHEET);
    List<String> headers =
        List.of(
            "Scale",
            "Couples",
            "ICC1",
            "ICC1 lower",
            "ICC1 upper",
            "F",
            "df1",
            "df2",
            "p",
            "ICC2",
            "ICC3",
            "ICC3 lower",
            "ICC3 upper",
            "ICC1k",
            "ICC2k",
            "ICC3k",
            "Mean difference",
            "t",
            "df",
            "p (t)",
            "CI lower",
            "CI upper",
            "Cohen's d",
            "Notes");
    headerRow(sheet, 0, headers);
    int r = 1;
    for (ScaleSimilarity scale : analysis.similarity().scales()) {
      XSSFRow row = sheet.createRow(r++);
      TextCells.set(row.createCell(0), scale.questionnaire().title() + ": " + scale.scale().name());
      row.createCell(1).setCellValue(scale.couples());
      List<String> notes = new ArrayList<>();
      if (scale.icc().isPresent()) {
        Icc icc = scale.icc().get();
        Icc.Estimate one = icc.estimate("ICC1");
        Icc.Estimate three = icc.estimate("ICC3");
        set(row, 2, one.icc(), decimal);
        set(row, 3, one.lower(), decimal);
        set(row, 4, one.upper(), decimal);
        set(row, 5, one.f(), decimal);
        set(row, 6, one.df1(), null);
        set(row, 7, one.df2(), null);
        set(row, 8, one.p(), probability);
        set(row, 9, icc.estimate("ICC2").icc(), decimal);
        set(row, 10, three.icc(), decimal);
        set(row, 11, three.lower(), decimal);
        set(row, 12, three.upper(), decimal);
        set(row, 13, icc.estimate("ICC1k").icc(), decimal);
        set(row, 14, icc.estimate("ICC2k").icc(), decimal);
        set(row, 15, icc.estimate("ICC3k").icc(), decimal);
      } else {
        notes.add("ICC: " + scale.iccNotComputedBecause().orElseThrow());
      }
      if (scale.pairedTest().isPresent()) {
        PairedTest test = scale.pairedTest().get();
        set(row, 16, test.meanDifference(), decimal);
        set(row, 17, test.t(), decimal);
        set(row, 18, test.df(), null);
        set(row, 19, test.p(), probability);
        set(row, 20, test.lower(), decimal);
        set(row, 21, test.upper(), decimal);
        set(row, 22, test.cohensD(), decimal);
      } else if (!scale
          .pairedTestNotComputedBecause()
          .equals(analysis.similarity().rolesUnavailableBecause())) {
        notes.add("t-test: " + scale.pairedTestNotComputedBecause().orElseThrow());
      }
      TextCells.set(row.createCell(23), String.join(" ", notes));
    }
    r++;
    List<String> explanation = new ArrayList<>();
    explanation.add(
        "ICC as psych::ICC (Shrout & Fleiss), couples as targets and the two partners as judges, 95% "
            + "bounds. ICC1 does not depend on which partner is listed first; read it when partners have no roles.");
    explanation.add(
        analysis
            .similarity()
            .roles()
            .map(
                roles ->
                    "Paired t-test: "
                        + roles.get(0)
                        + " minus "
                        + roles.get(1)
                        + "; Cohen's d uses the pooled SD of the two roles' scores (d_av), not the SD of the differences.")
            .orElseGet(
                () ->
                    "Paired t-test not computed: "
                        + analysis.similarity().rolesUnavailableBecause().orElseThrow()
                        + "."));
    for (String line : explanation) {
      XSSFRow row = sheet.createRow(r);
      TextCells.set(row.createCell(0), line);
      row.getCell(0).setCellStyle(wrap);
      row.setHeightInPoints(30);
      sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 15));
      r++;
    }
    sheet.setColumnWidth(0, 44 * 256);
    sheet.setColumnWidth(headers.size() - 1, 60 * 256);
    sheet.createFreezePane(1, 1);
    fitHeader(sheet, headers, 8);
    return sheet;
  }

  private void headerRow(XSSFSheet sheet, int r, List<String> headers) {
    XSSFRow row = sheet.createRow(r);
    for (int c = 0; c < headers.size(); c++) {
      TextCells.set(row.createCell(c), headers.get(c));
      row.getCell(c).setCellStyle(styles.header);
    }
  }

  private static void number(XSSFRow row, int column, OptionalDouble value, XSSFCellStyle style) {
    if (value.isPresent()) {
      set(row, column, value.getAsDouble(), style);
    }
  }

  private static void set(XSSFRow row, int column, double value, XSSFCellStyle style) {
    if (!Double.isFinite(value)) {
      return;
    }
    row.createCell(column).setCellValue(value);
    if (style != null) {
      row.getCell(column).setCellStyle(style);
    }
  }
}
