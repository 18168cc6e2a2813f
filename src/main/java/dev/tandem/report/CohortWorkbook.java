package dev.tandem.report;

import dev.tandem.ingest.Rejection;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.ScoreTable;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.stats.CohortStatistics;
import dev.tandem.stats.Correlation;
import dev.tandem.stats.Descriptives;
import dev.tandem.stats.InternalConsistency;
import dev.tandem.stats.ItemFlag;
import dev.tandem.stats.ItemStatistics;
import dev.tandem.stats.QuestionnaireStatistics;
import dev.tandem.stats.ScaleStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cohort workbook: a summary of the run, per-scale statistics, the item analysis with flags for
 * weak items, the correlations between scales with a colour scale, the distributions of every scale
 * as native (editable) charts, the scored data with stable column names for further analysis, and
 * the rejected rows.
 */
final class CohortWorkbook {

  static final String TITLE = "Tandem cohort report";
  static final String SUMMARY = "Summary";
  static final String DISTRIBUTIONS = "Distributions";
  static final String SCORES = "Scores";

  /** The Scores sheet's header rows: the printed names, then the scores file's column names. */
  static final int SCORES_HEADER_ROWS = 2;

  /** About as many Scores columns as a landscape page shows at a readable size. */
  private static final int SCORES_COLUMNS_PER_PAGE = 16;

  /** Widths of the Scores sheet's identity columns: client, couple, submitted, file, line. */
  private static final int[] IDENTITY_WIDTHS = {24, 10, 19, 18, 6};

  /** Histograms (each with its table) a printed page of the Distributions sheet holds. */
  private static final int HISTOGRAMS_PER_PAGE = 4;

  static final String REJECTED = "Rejected";

  /** Bins per histogram; with a 1-5 mean score, bins half a point wide. */
  static final int BINS = 8;

  private static final int HISTOGRAM_ROWS = 16;

  static final String STATISTICS = "Statistics";
  static final String ITEMS = "Items";
  static final String CORRELATIONS = "Correlations";
  private static final int STAT_SCALE_COLS = 2;

  private final ScoredCohort cohort;
  private final CohortStatistics statistics;
  private final ReportOptions options;
  private final XSSFWorkbook workbook;
  private final SheetStyles styles;

  private CohortWorkbook(ScoredCohort cohort, CohortStatistics statistics, ReportOptions options) {
    this.cohort = cohort;
    this.statistics = statistics;
    this.options = options;
    this.workbook = ReportStrings.newWorkbook();
    this.styles = new SheetStyles(workbook);
  }

  /**
   * The workbook without its Caseload sheet; {@code withCouples} says whether the couples' sheets
   * follow.
   */
  static XSSFWorkbook build(
      ScoredCohort cohort,
      CohortStatistics statistics,
      boolean withCouples,
      ReportOptions options) {
    CohortWorkbook builder = new CohortWorkbook(cohort, statistics, options);
    builder.summary(withCouples);
    builder.statistics();
    builder.items();
    builder.correlations();
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

  private void summary(boolean withCouples) {
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
      {
        "Answers set aside",
        imported.rejectedCells(),
        "single cells treated as missing; also on Rejected"
      }
    };
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
      Cells.text(
          sheet,
          row,
          3,
          questionnaire.scales().size()
              + " scales, "
              + questionnaire.items().size()
              + " items ("
              + questionnaire.id()
              + ")",
          styles.small);
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
    List<String[]> sheets = new ArrayList<>();
    sheets.add(
        new String[] {
          CaseloadSheet.NAME,
          "who needs attention first, when each was last assessed and when the "
              + "next assessment is due, with a link to each report"
        });
    sheets.add(new String[] {SUMMARY, "this page: what was read"});
    sheets.addAll(
        List.of(
            new String[][] {
              {
                STATISTICS,
                "per scale: descriptives and Cronbach's alpha (" + CohortStatistics.BASIS + ")"
              },
              {
                ITEMS,
                "per item: corrected item-total correlation, alpha without the item, flags for weak items"
              },
              {CORRELATIONS, "how the scales go together, coloured from -1 to +1"},
              {
                DISTRIBUTIONS, "how the latest scores of all clients spread over each scale's range"
              },
              {SCORES, "one row per assessment, one column per scale, for further analysis"},
              {REJECTED, "rows and answers that were not used, with the reason and what to do"}
            }));
    if (withCouples) {
      sheets.add(
          new String[] {
            CoupleCohortSheets.COUPLES_SHEET,
            "one row per couple: differences, patterns, "
                + "discussion items; and everyone not compared, with the reason"
          });
      sheets.add(
          new String[] {
            CoupleCohortSheets.SIMILARITY_SHEET,
            "how alike partners are on each scale across " + "couples (intraclass correlations)"
          });
    }
    for (String[] line : sheets) {
      Cells.text(sheet, row, 0, line[0], styles.bold);
      Cells.text(sheet, row, 3, line[1], styles.small);
      row++;
    }
    PrintLayout.of(options, TITLE).applyTo(sheet);
  }

  private void statistics() {
    XSSFSheet sheet = workbook.createSheet(STATISTICS);
    String[] headers = {
      "Questionnaire",
      "Scale",
      "n",
      "Mean",
      "SD",
      "Median",
      "Min",
      "Max",
      "Skew",
      "Kurtosis",
      "SE",
      "Alpha",
      "Std. alpha",
      "Alpha 95% CI",
      "Notes"
    };
    Cells.widths(sheet, 18, 22, 5, 7, 7, 7, 7, 7, 7, 8, 7, 7, 7, 11, 40);
    header(sheet, headers);
    int row = 1;
    for (QuestionnaireStatistics questionnaire : statistics.questionnaires()) {
      for (ScaleStatistics scale : questionnaire.scales()) {
        Descriptives d = scale.descriptives();
        InternalConsistency c = scale.consistency();
        Cells.text(sheet, row, 0, questionnaire.questionnaire().title(), styles.row);
        Cells.text(sheet, row, 1, scale.scale().name(), styles.rowWrap);
        Cells.number(sheet, row, 2, d.n(), styles.rowCount);
        OptionalDouble[] values = {
          d.mean(),
          d.sd(),
          d.median(),
          d.min(),
          d.max(),
          d.skew(),
          d.kurtosis(),
          d.se(),
          c.alpha(),
          c.stdAlpha()
        };
        for (int v = 0; v < values.length; v++) {
          number(sheet, row, 3 + v, values[v]);
        }
        String interval =
            c.alphaCiLow().isPresent() && c.alphaCiHigh().isPresent()
                ? Formats.score(c.alphaCiLow().getAsDouble())
                    + " to "
                    + Formats.score(c.alphaCiHigh().getAsDouble())
                : "";
        Cells.text(sheet, row, 13, interval, styles.row);
        List<String> notes = new ArrayList<>(d.notes());
        notes.addAll(c.notes());
        String note = String.join(" ", notes);
        Cells.text(sheet, row, 14, note, styles.rowWrap);
        Cells.row(sheet, row)
            .setHeightInPoints(
                Math.max(
                    14f,
                    Math.max(
                        Cells.wrappedHeight(note, 40, 9),
                        Cells.wrappedHeight(scale.scale().name(), 22, 9))));
        row++;
      }
    }
    row++;
    Cells.text(
        sheet,
        row,
        0,
        "Computed from "
            + CohortStatistics.BASIS
            + ", as R's psych describe() and alpha(). "
            + "Alpha of 0.70 or more is usually taken as acceptable for a scale used with groups.",
        styles.note);
    Cells.merge(sheet, row, 0, headers.length - 1);
    sheet.createFreezePane(STAT_SCALE_COLS, 1);
    PrintLayout.of(options, TITLE + ": statistics").repeating(1).wide().applyTo(sheet);
  }

  private void items() {
    XSSFSheet sheet = workbook.createSheet(ITEMS);
    String[] headers = {
      "Scale",
      "Item",
      "Statement",
      "Reversed",
      "n",
      "Mean",
      "SD",
      "Item-total r",
      "Alpha without",
      "Flag",
      "What to do"
    };
    Cells.widths(sheet, 20, 7, 44, 9, 5, 7, 7, 9, 9, 13, 44);
    header(sheet, headers);
    int row = 1;
    for (QuestionnaireStatistics questionnaire : statistics.questionnaires()) {
      Questionnaire definition = questionnaire.questionnaire();
      for (ScaleStatistics scale : questionnaire.scales()) {
        for (ItemStatistics item : scale.consistency().items()) {
          Optional<Item> known = definition.item(item.itemId());
          String text = known.map(Item::text).orElse("");
          Cells.text(sheet, row, 0, scale.scale().name(), styles.rowWrap);
          Cells.text(sheet, row, 1, item.itemId(), styles.row);
          Cells.text(sheet, row, 2, text, styles.rowWrap);
          Cells.text(
              sheet,
              row,
              3,
              known.filter(Item::reversed).isPresent() ? "reversed" : "",
              styles.row);
          Cells.number(sheet, row, 4, item.n(), styles.rowCount);
          number(sheet, row, 5, item.mean());
          number(sheet, row, 6, item.sd());
          number(sheet, row, 7, item.rDrop());
          number(sheet, row, 8, item.alphaIfDropped());
          String flags =
              item.flags().stream()
                  .map(f -> words(f.kind()))
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("");
          String advice =
              item.flags().stream()
                  .map(ItemFlag::advice)
                  .reduce((a, b) -> a + " " + b)
                  .orElse(String.join(" ", item.notes()));
          Cells.text(sheet, row, 9, flags, item.isFlagged() ? styles.rowFlag : styles.row);
          Cells.text(sheet, row, 10, advice, styles.rowWrap);
          Cells.row(sheet, row)
              .setHeightInPoints(
                  Math.max(
                      14f,
                      Math.max(
                          Cells.wrappedHeight(text, 44, 9), Cells.wrappedHeight(advice, 44, 9))));
          row++;
        }
      }
    }
    row++;
    Cells.text(
        sheet,
        row,
        0,
        "Answers reverse keyed before analysis. Flags: item-total r below "
            + Formats.score(ItemFlag.WEAK_BELOW)
            + " (weak) or below 0 (runs against the scale), alpha rising by more than "
            + Formats.score(ItemFlag.ALPHA_RISE_MARGIN)
            + " without the item, or no variation at all.",
        styles.note);
    Cells.merge(sheet, row, 0, headers.length - 1);
    sheet.createFreezePane(2, 1);
    PrintLayout.of(options, TITLE + ": items").repeating(1).wide().applyTo(sheet);
  }

  static String words(ItemFlag.Kind kind) {
    return switch (kind) {
      case NO_VARIANCE -> "no variation";
      case NEGATIVE -> "runs against";
      case WEAK -> "weak";
      case ALPHA_RISES -> "alpha rises";
    };
  }

  private void correlations() {
    XSSFSheet sheet = workbook.createSheet(CORRELATIONS);
    List<Column> columns = columns();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    int[] widths = new int[columns.size() + 1];
    widths[0] = 10;
    for (int i = 0; i < columns.size(); i++) {
      String label =
          (i + 1)
              + ". "
              + columns.get(i).questionnaire().title()
              + ": "
              + columns.get(i).scale().name();
      widths[0] = Math.max(widths[0], Math.min(60, label.length() + 2));
    }
    for (int c = 1; c < widths.length; c++) {
      widths[c] = 8;
    }
    Cells.widths(sheet, widths);
    Cells.text(sheet, 0, 0, "Scale", styles.header);
    for (int i = 0; i < columns.size(); i++) {
      Cells.text(sheet, 0, i + 1, String.valueOf(i + 1), styles.header);
      Cells.text(
          sheet,
          i + 1,
          0,
          (i + 1)
              + ". "
              + columns.get(i).questionnaire().title()
              + ": "
              + columns.get(i).scale().name(),
          styles.row);
      Cells.number(sheet, i + 1, i + 1, 1.0, styles.rowScore);
    }
    for (Correlation correlation : statistics.correlations()) {
      Integer a = index.get(correlation.a());
      Integer b = index.get(correlation.b());
      if (a == null || b == null || correlation.r().isEmpty()) {
        continue;
      }
      Cells.number(sheet, a + 1, b + 1, correlation.r().getAsDouble(), styles.rowScore);
      Cells.number(sheet, b + 1, a + 1, correlation.r().getAsDouble(), styles.rowScore);
    }
    int last = columns.size();
    ColourScale.diverging(sheet, new CellRangeAddress(1, last, 1, last));
    int row = last + 2;
    Cells.text(
        sheet,
        row,
        0,
        "Pearson correlations between scale scores over the clients who have both ("
            + CohortStatistics.BASIS
            + "). Blue: the scales rise together; orange: one rises as the other falls; "
            + "white: no relation. An empty cell could not be computed.",
        styles.note);
    Cells.merge(sheet, row, 0, Math.min(last, 12));
    Cells.row(sheet, row)
        .setHeightInPoints(
            Cells.wrappedHeight(
                "x".repeat(260), Cells.characters(sheet, 0, Math.min(last, 12)), 8));
    sheet.createFreezePane(1, 1);
    PrintLayout.of(options, TITLE + ": correlations").repeating(1).wide().applyTo(sheet);
  }

  private void header(XSSFSheet sheet, String[] headers) {
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, 0, c, headers[c], styles.header);
    }
    Cells.row(sheet, 0).setHeightInPoints(28);
  }

  private void number(XSSFSheet sheet, int row, int col, OptionalDouble value) {
    if (value.isPresent()) {
      Cells.number(sheet, row, col, value.getAsDouble(), styles.rowScore);
    } else {
      Cells.text(sheet, row, col, "", styles.row);
    }
  }

  private void distributions() {
    XSSFSheet sheet = workbook.createSheet(DISTRIBUTIONS);
    Cells.widths(sheet, 12, 8, 3, 12, 12, 12, 12, 12, 12);
    Cells.text(
        sheet,
        0,
        0,
        "Distribution of each scale: latest assessment of every client",
        styles.heading);
    Cells.row(sheet, 0).setHeightInPoints(20);
    int row = 2;
    List<Integer> blocks = new ArrayList<>();
    for (Column column : columns()) {
      blocks.add(row);
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
        Cells.text(
            sheet,
            first + b,
            0,
            Formats.score(edges[b]) + " - " + Formats.score(edges[b + 1]),
            styles.text);
        Cells.number(sheet, first + b, 1, counts[b], styles.count);
      }
      Cells.text(sheet, first + BINS, 0, "Not scored", styles.small);
      Cells.number(sheet, first + BINS, 1, missing, styles.count);
      NativeCharts.histogram(
          sheet,
          scale.name(),
          new CellRangeAddress(first, first + BINS - 1, 0, 0),
          new CellRangeAddress(first, first + BINS - 1, 1, 1),
          3,
          row + 1,
          9,
          row + HISTOGRAM_ROWS - 1);
      row += HISTOGRAM_ROWS;
    }
    PrintLayout print =
        PrintLayout.of(options, TITLE + ": distributions")
            .repeating(1)
            .atMostPagesTall((blocks.size() + HISTOGRAMS_PER_PAGE - 1) / HISTOGRAMS_PER_PAGE);
    print.applyTo(sheet);
    print.keepTogether(sheet, blocks, row);
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

  /**
   * The scored data in the layout of {@code tandem score} (see {@link ScoreTable}): one row per
   * assessment. The first header row names each column as a reader knows it (questionnaire title
   * and scale name, wrapped between words); the second gives the same stable column names as the
   * scores file, so a coach's own analysis reads either file. Printed in landscape across a few
   * pages, with both header rows and the client column on every page.
   */
  private void scores() {
    XSSFSheet sheet = workbook.createSheet(SCORES);
    ScoreTable table = new ScoreTable(cohort.questionnaires());
    List<String> printed = table.printedHeader();
    List<String> ids = table.header();
    int[] widths = new int[printed.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] =
          c < IDENTITY_WIDTHS.length
              ? IDENTITY_WIDTHS[c]
              : Math.max(10, longestWord(printed.get(c)) + 3);
      Cells.text(sheet, 0, c, printed.get(c), styles.header);
      Cells.text(sheet, 1, c, ids.get(c), styles.small);
    }
    Cells.widths(sheet, widths);
    float headerHeight = 0;
    for (int c = 0; c < widths.length; c++) {
      headerHeight = Math.max(headerHeight, Cells.wordWrappedHeight(printed.get(c), widths[c], 10));
    }
    Cells.row(sheet, 0).setHeightInPoints(headerHeight);
    int row = SCORES_HEADER_ROWS;
    for (List<Object> values : table.rows(cohort)) {
      for (int c = 0; c < values.size(); c++) {
        Object value = values.get(c);
        if (value instanceof Double number) {
          Cells.number(sheet, row, c, number, styles.score);
        } else if (value instanceof Integer count) {
          Cells.number(sheet, row, c, count, styles.count);
        } else if (!value.toString().isEmpty()) {
          Cells.text(sheet, row, c, value.toString(), styles.text);
        }
      }
      row++;
    }
    sheet.createFreezePane(1, SCORES_HEADER_ROWS);
    sheet.setAutoFilter(
        new CellRangeAddress(
            SCORES_HEADER_ROWS - 1,
            Math.max(SCORES_HEADER_ROWS - 1, row - 1),
            0,
            widths.length - 1));
    PrintLayout.of(options, TITLE + ": scores").repeating(SCORES_HEADER_ROWS).wide().applyTo(sheet);
    PrintLayout.acrossPages(sheet, 1, SCORES_COLUMNS_PER_PAGE);
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split(" ")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  private void rejected() {
    XSSFSheet sheet = workbook.createSheet(REJECTED);
    Cells.widths(sheet, 22, 7, 8, 22, 10, 40, 40);
    String[] headers = {
      "File", "Line", "Column", "Column header", "Set aside", "Reason", "What to do"
    };
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, 0, c, headers[c], styles.header);
    }
    int row = 1;
    for (Rejection rejection : cohort.imported().rejections()) {
      Cells.text(
          sheet, row, 0, String.valueOf(rejection.position().file().getFileName()), styles.rowWrap);
      Cells.number(sheet, row, 1, rejection.position().line(), styles.rowCount);
      if (rejection.position().column() > 0) {
        Cells.number(sheet, row, 2, rejection.position().column(), styles.rowCount);
      }
      Cells.text(sheet, row, 3, rejection.column(), styles.rowWrap);
      Cells.text(sheet, row, 4, rejection.rejectsRow() ? "whole row" : "answer", styles.row);
      Cells.text(sheet, row, 5, rejection.reason(), styles.rowWrap);
      Cells.text(sheet, row, 6, rejection.action(), styles.rowWrap);
      float height =
          Math.max(
              Cells.wrappedHeight(rejection.reason(), 40, 9),
              Math.max(
                  Cells.wrappedHeight(rejection.action(), 40, 9),
                  Cells.wrappedHeight(rejection.column(), 22, 9)));
      Cells.row(sheet, row).setHeightInPoints(Math.max(14f, height));
      row++;
    }
    if (row == 1) {
      Cells.text(sheet, 1, 0, "Every row was scored and every answer used.", styles.text);
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.of(options, TITLE + ": rejected rows").repeating(1).applyTo(sheet);
  }
}
