package dev.tandem.report;

import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.ScoredCohort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cohort workbook: a summary of the run, the distributions of every scale as native (editable)
 * charts, the scored data with stable column names for further analysis, and the rejected rows.
 */
final class CohortWorkbook {

  static final String TITLE = "Tandem cohort report";
  static final String SUMMARY = "Summary";
  static final String DISTRIBUTIONS = "Distributions";
  static final String SCORES = "Scores";
  static final String REJECTED = "Rejected";
  /** Bins per histogram; with a 1-5 mean score, bins half a point wide. */
  static final int BINS = 8;
  private static final int HISTOGRAM_ROWS = 16;

  private final ScoredCohort cohort;
  private final ReportOptions options;
  private final XSSFWorkbook workbook;
  private final SheetStyles styles;

  private CohortWorkbook(ScoredCohort cohort, ReportOptions options) {
    this.cohort = cohort;
    this.options = options;
    this.workbook = new XSSFWorkbook();
    this.styles = new SheetStyles(workbook);
  }

  static XSSFWorkbook build(ScoredCohort cohort, ReportOptions options) {
    CohortWorkbook builder = new CohortWorkbook(cohort, options);
    builder.summary();
    builder.distributions();
    builder.scores();
    builder.rejected();
    return builder.workbook;
  }

  /** One column per scale, named {@code <questionnaire>.<scale>}. */
  record Column(Questionnaire questionnaire, Scale scale) {
    String name() {
      return questionnaire.id() + "." + scale.id();
    }
  }

  List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (Questionnaire questionnaire : cohort.questionnaires()) {
      for (Scale scale : questionnaire.scales()) {
        columns.add(new Column(questionnaire, scale));
      }
    }
    return columns;
  }

  /** Clients sharing a couple code with exactly one other client. */
  static int couples(ScoredCohort cohort) {
    Map<String, Integer> perCode = new HashMap<>();
    for (Client client : cohort.clients()) {
      client.coupleCode().ifPresent(code -> perCode.merge(code, 1, Integer::sum));
    }
    return (int) perCode.values().stream().filter(n -> n == 2).count();
  }

  private void summary() {
    XSSFSheet sheet = workbook.createSheet(SUMMARY);
    Cells.widths(sheet, 30, 8, 2, 52);
    sheet.setDisplayGridlines(false);
    Cells.text(sheet, 0, 0, TITLE, styles.title);
    Cells.row(sheet, 0).setHeightInPoints(24);
    Cells.text(sheet, 1, 0, "Written " + Formats.date(options.date()), styles.subtitle);
    int row = 3;
    Cells.text(sheet, row, 0, "What was read", styles.heading);
    row++;
    var imported = cohort.imported();
    Object[][] counts = {
        {"Clients", cohort.clients().size(), "people, told apart by their id (email or code)"},
        {"Couples", couples(cohort), "couple codes shared by exactly two clients"},
        {"Assessments", cohort.assessments().size(), "scored responses; a client may have several"},
        {"Rows read", imported.rowsRead(), "data rows in the input files"},
        {"Rows scored", imported.responses().size(), ""},
        {"Rows rejected", imported.rejectedRows(), "listed with reasons on the Rejected sheet"},
        {"Answers set aside", imported.rejectedCells(), "single cells treated as missing; also on Rejected"}};
    for (Object[] line : counts) {
      Cells.text(sheet, row, 0, (String) line[0], styles.text);
      Cells.number(sheet, row, 1, ((Number) line[1]).doubleValue(), styles.count);
      Cells.text(sheet, row, 3, (String) line[2], styles.small);
      row++;
    }
    row++;
    Cells.text(sheet, row, 0, "Questionnaires", styles.heading);
    row++;
    for (Questionnaire questionnaire : cohort.questionnaires()) {
      Cells.text(sheet, row, 0, questionnaire.title(), styles.text);
      Cells.text(sheet, row, 1, "v" + questionnaire.version(), styles.text);
      Cells.text(sheet, row, 3, questionnaire.scales().size() + " scales, " + questionnaire.items().size()
          + " items (" + questionnaire.id() + ")", styles.small);
      row++;
    }
    if (!imported.notes().isEmpty()) {
      row++;
      Cells.text(sheet, row, 0, "Notes from the import", styles.heading);
      row++;
      int width = Cells.characters(sheet, 0, 3);
      for (String note : imported.notes()) {
        Cells.text(sheet, row, 0, note, styles.wrap);
        Cells.merge(sheet, row, 0, 3);
        Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(note, width, 9));
        row++;
      }
    }
    row++;
    Cells.text(sheet, row, 0, "Sheets", styles.heading);
    row++;
    String[][] sheets = {
        {DISTRIBUTIONS, "how the latest scores of all clients spread over each scale's range"},
        {SCORES, "one row per assessment, one column per scale, for further analysis"},
        {REJECTED, "rows and answers that were not used, with the reason and what to do"}};
    for (String[] line : sheets) {
      Cells.text(sheet, row, 0, line[0], styles.bold);
      Cells.text(sheet, row, 3, line[1], styles.small);
      row++;
    }
    PrintLayout.of(options.paper(), TITLE, options.date()).applyTo(sheet);
  }

  private void distributions() {
    XSSFSheet sheet = workbook.createSheet(DISTRIBUTIONS);
    Cells.widths(sheet, 12, 8, 3, 12, 12, 12, 12, 12, 12);
    Cells.text(sheet, 0, 0, "Distribution of each scale: latest assessment of every client", styles.heading);
    Cells.row(sheet, 0).setHeightInPoints(20);
    int row = 2;
    for (Column column : columns()) {
      Scale scale = column.scale();
      double[] edges = binEdges(scale);
      int[] counts = new int[BINS];
      int missing = 0;
      for (Client client : cohort.clients()) {
        Optional<ScaleScore> score = client.latest().scale(column.questionnaire().id(), scale.id());
        if (score.isEmpty()) {
          continue;
        }
        if (score.get().isScored()) {
          counts[bin(score.get().value().getAsDouble(), edges)]++;
        } else {
          missing++;
        }
      }
      Cells.text(sheet, row, 0, column.questionnaire().title() + ": " + scale.name(), styles.bold);
      Cells.text(sheet, row + 1, 0, "Score", styles.header);
      Cells.text(sheet, row + 1, 1, "Clients", styles.header);
      int first = row + 2;
      for (int b = 0; b < BINS; b++) {
        Cells.text(sheet, first + b, 0, Formats.score(edges[b]) + " - " + Formats.score(edges[b + 1]), styles.text);
        Cells.number(sheet, first + b, 1, counts[b], styles.count);
      }
      Cells.text(sheet, first + BINS, 0, "Not scored", styles.small);
      Cells.number(sheet, first + BINS, 1, missing, styles.count);
      NativeCharts.histogram(sheet, scale.name(), new CellRangeAddress(first, first + BINS - 1, 0, 0),
          new CellRangeAddress(first, first + BINS - 1, 1, 1), 3, row, 9, row + HISTOGRAM_ROWS - 1);
      row += HISTOGRAM_ROWS;
    }
    PrintLayout.of(options.paper(), TITLE + ": distributions", options.date()).repeating(1).applyTo(sheet);
  }

  static double[] binEdges(Scale scale) {
    double[] edges = new double[BINS + 1];
    double width = (scale.highest() - scale.lowest()) / BINS;
    for (int b = 0; b <= BINS; b++) {
      edges[b] = scale.lowest() + b * width;
    }
    return edges;
  }

  /** Half-open bins, the last one closed, like the bands. */
  static int bin(double value, double[] edges) {
    for (int b = 0; b < BINS - 1; b++) {
      if (value < edges[b + 1]) {
        return b;
      }
    }
    return BINS - 1;
  }

  private void scores() {
    XSSFSheet sheet = workbook.createSheet(SCORES);
    List<Column> columns = columns();
    String[] fixed = {"client", "couple", "assessment", "date", "source"};
    for (int c = 0; c < fixed.length; c++) {
      Cells.text(sheet, 0, c, fixed[c], styles.header);
    }
    for (int c = 0; c < columns.size(); c++) {
      Cells.text(sheet, 0, fixed.length + c, columns.get(c).name(), styles.header);
    }
    int row = 1;
    for (Client client : cohort.clients()) {
      List<Assessment> assessments = client.assessments();
      for (int a = 0; a < assessments.size(); a++) {
        Assessment assessment = assessments.get(a);
        Cells.text(sheet, row, 0, client.id(), styles.text);
        Cells.text(sheet, row, 1, client.coupleCode().orElse(""), styles.text);
        Cells.number(sheet, row, 2, a + 1, styles.count);
        if (assessment.submitted().isPresent()) {
          Cells.row(sheet, row).createCell(3).setCellValue(assessment.submitted().get().toLocalDate());
          Cells.row(sheet, row).getCell(3).setCellStyle(styles.date);
        }
        Cells.text(sheet, row, 4, assessment.response().source().toString(), styles.text);
        for (int c = 0; c < columns.size(); c++) {
          Column column = columns.get(c);
          Optional<ScaleScore> score = assessment.scale(column.questionnaire().id(), column.scale().id());
          if (score.isPresent() && score.get().isScored()) {
            Cells.number(sheet, row, fixed.length + c, score.get().value().getAsDouble(), styles.score);
          }
        }
        row++;
      }
    }
    int[] widths = new int[fixed.length + columns.size()];
    widths[0] = 22;
    widths[1] = 7;
    widths[2] = 11;
    widths[3] = 10;
    widths[4] = 16;
    int longest = 0;
    for (int c = 0; c < columns.size(); c++) {
      widths[fixed.length + c] = 10;
      longest = Math.max(longest, columns.get(c).name().length());
    }
    Cells.widths(sheet, widths);
    Cells.row(sheet, 0).setHeightInPoints(Cells.wrappedHeight("x".repeat(longest), 10, 10) + 16);
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, row - 1), 0, widths.length - 1));
    PrintLayout.of(options.paper(), TITLE + ": scores", options.date()).repeating(1).wide().applyTo(sheet);
  }

  private void rejected() {
    XSSFSheet sheet = workbook.createSheet(REJECTED);
    Cells.widths(sheet, 22, 7, 8, 22, 10, 40, 40);
    String[] headers = {"File", "Line", "Column", "Column header", "Set aside", "Reason", "What to do"};
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, 0, c, headers[c], styles.header);
    }
    int row = 1;
    for (Rejection rejection : cohort.imported().rejections()) {
      Cells.text(sheet, row, 0, String.valueOf(rejection.position().file().getFileName()), styles.rowWrap);
      Cells.number(sheet, row, 1, rejection.position().line(), styles.rowCount);
      if (rejection.position().column() > 0) {
        Cells.number(sheet, row, 2, rejection.position().column(), styles.rowCount);
      }
      Cells.text(sheet, row, 3, rejection.column(), styles.rowWrap);
      Cells.text(sheet, row, 4, rejection.rejectsRow() ? "whole row" : "answer", styles.row);
      Cells.text(sheet, row, 5, rejection.reason(), styles.rowWrap);
      Cells.text(sheet, row, 6, rejection.action(), styles.rowWrap);
      float height = Math.max(Cells.wrappedHeight(rejection.reason(), 40, 9),
          Math.max(Cells.wrappedHeight(rejection.action(), 40, 9), Cells.wrappedHeight(rejection.column(), 22, 9)));
      Cells.row(sheet, row).setHeightInPoints(Math.max(14f, height));
      row++;
    }
    if (row == 1) {
      Cells.text(sheet, 1, 0, "Every row was scored and every answer used.", styles.text);
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.of(options.paper(), TITLE + ": rejected rows", options.date()).repeating(1).applyTo(sheet);
  }
}
