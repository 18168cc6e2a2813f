package dev.tandem.report;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.ScaleScore;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The client workbook: a printable "Report" sheet (scores, bands, profile charts, guidance, the
 * note on what the scores are not, and progress when the client answered more than once) and an
 * "Answers" sheet with every item and answer.
 */
final class ClientWorkbook {

  static final String REPORT_SHEET = "Report";
  static final int MAX_PAGES = 2;
  private static final float SPACER = 9f;
  static final String ANSWERS_SHEET = "Answers";

  /**
   * Report sheet columns: scale, score, band, percentile (or the band's second column), then three
   * for the chart.
   */
  private static final int[] WIDTHS = {22, 7, 12, 11, 13, 13, 13};

  private static final int LAST_COL = WIDTHS.length - 1;
  private static final int CHART_COL = 4;
  private static final float TABLE_ROW_MIN = 18f;

  static final String PROGRESS_INTRO =
      "Scores at the first and at the latest assessment of each questionnaire. "
          + "A change is called reliable only when it is larger than the questionnaire's measurement error would "
          + "explain; smaller ups and downs are normal from one occasion to the next.";

  private final ClientReport report;
  private final ReportOptions options;
  private final XSSFWorkbook workbook;
  private final SheetStyles styles;

  private ClientWorkbook(ClientReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
    this.workbook = ReportStrings.newWorkbook();
    this.styles = new SheetStyles(workbook);
  }

  static XSSFWorkbook build(ClientReport report, ReportOptions options) {
    ClientWorkbook builder = new ClientWorkbook(report, options);
    builder.reportSheet();
    builder.answersSheet();
    HandoutSheet.add(builder.workbook, builder.styles, ClientHandout.of(report), options);
    return builder.workbook;
  }

  private void reportSheet() {
    XSSFSheet sheet = workbook.createSheet(REPORT_SHEET);
    Cells.widths(sheet, WIDTHS);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    Cells.text(sheet, 0, 0, "Client report: " + report.clientLabel(), styles.title);
    Cells.row(sheet, 0).setHeightInPoints(24);
    Cells.text(
        sheet,
        1,
        0,
        report
            .assessed()
            .map(d -> "Latest assessment: " + Formats.date(d))
            .orElse("Assessment date not recorded"),
        styles.subtitle);
    int row = 3;
    List<Integer> blocks = new ArrayList<>();
    for (ClientReport.Section section : report.sections()) {
      row = section(sheet, row, section, blocks);
    }
    if (!report.progress().isEmpty()) {
      row = progress(sheet, row, blocks);
    }
    PrintLayout print =
        PrintLayout.of(options, ClientReport.TITLE + ": " + report.clientLabel())
            .repeating(1)
            .atMostPagesTall(MAX_PAGES);
    print.applyTo(sheet);
    if (!blocks.isEmpty()) {
      print.keepTogether(sheet, blocks, row);
    }
  }

  /** Writes a questionnaire's section and adds the rows where its unbreakable blocks start. */
  private int section(
      XSSFSheet sheet, int start, ClientReport.Section section, List<Integer> blocks) {
    Questionnaire questionnaire = section.questionnaire();
    int row = start;
    blocks.add(row);
    Cells.text(sheet, row, 0, questionnaire.title(), styles.heading);
    Cells.text(sheet, row, CHART_COL, "Answered " + section.occasion().label(), styles.small);
    Cells.row(sheet, row).setHeightInPoints(20);
    row++;
    int tableTop = row;
    boolean percentiles = section.percentileHeading().isPresent();
    String[] headers = {"Scale", "Score", "Band", section.percentileHeading().orElse("")};
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, row, c, headers[c], styles.header);
    }
    if (!percentiles) {
      Cells.merge(sheet, row, 2, 3);
    }
    row++;
    List<ScaleScore> scores = section.scores();
    float rowHeight =
        Math.max(TABLE_ROW_MIN, (ProfileChart.suggestedHeight(scores) - 16f) / scores.size());
    for (int i = 0; i < scores.size(); i++) {
      ScaleScore score = scores.get(i);
      Cells.text(sheet, row, 0, score.scale().name(), styles.tableText);
      if (score.isScored()) {
        Cells.number(sheet, row, 1, score.value().getAsDouble(), styles.tableScore);
      } else {
        Cells.text(sheet, row, 1, "-", styles.tableCenter);
      }
      Cells.text(sheet, row, 2, ClientReport.band(score), styles.tableCenter);
      if (percentiles) {
        Cells.text(sheet, row, 3, section.percentiles().get(i), styles.tableCenter);
      } else {
        Cells.fill(sheet, row, 3, 3, styles.tableCenter);
        Cells.merge(sheet, row, 2, 3);
      }
      Cells.row(sheet, row).setHeightInPoints(rowHeight);
      row++;
    }
    Cells.row(sheet, tableTop).setHeightInPoints(16f);
    ChartImage chart =
        ProfileChart.image(
            scores,
            Pictures.widthPoints(sheet, CHART_COL, LAST_COL + 1),
            Pictures.heightPoints(sheet, tableTop, row));
    Pictures.insert(sheet, chart, CHART_COL, tableTop, LAST_COL + 1, row);
    row++;
    int width = Cells.characters(sheet, 0, LAST_COL);
    for (ScaleScore score : scores) {
      blocks.add(row);
      String lead = ClientReport.lead(score);
      String guidance = ClientReport.guidance(score);
      XSSFRichTextString text = new XSSFRichTextString(lead + guidance);
      text.applyFont(0, lead.length(), styles.leadFont);
      Cells.rich(sheet, row, 0, text, styles.wrap);
      Cells.merge(sheet, row, 0, LAST_COL);
      Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(lead + guidance, width, 9));
      row++;
    }
    blocks.add(row);
    String note = section.normNote() + " About these scores: " + questionnaire.note().strip();
    Cells.text(sheet, row, 0, note, styles.note);
    Cells.merge(sheet, row, 0, LAST_COL);
    Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(note, width, 8));
    Cells.row(sheet, row + 1).setHeightInPoints(SPACER);
    return row + 2;
  }

  private int progress(XSSFSheet sheet, int start, List<Integer> blocks) {
    int row = start;
    blocks.add(row);
    Cells.text(sheet, row, 0, "Progress", styles.heading);
    Cells.row(sheet, row).setHeightInPoints(20);
    row++;
    int width = Cells.characters(sheet, 0, LAST_COL);
    Cells.text(sheet, row, 0, PROGRESS_INTRO, styles.wrap);
    Cells.merge(sheet, row, 0, LAST_COL);
    Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(PROGRESS_INTRO, width, 9));
    row++;
    String[] headers = {"Scale", "", "First", "Latest", "Change", "Verdict", ""};
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, row, c, headers[c], styles.header);
    }
    Cells.merge(sheet, row, 0, 1);
    Cells.merge(sheet, row, 5, LAST_COL);
    row++;
    for (ClientReport.Progress progress : report.progress()) {
      Cells.text(sheet, row, 0, ClientReport.span(progress), styles.bold);
      Cells.merge(sheet, row, 0, LAST_COL);
      Cells.row(sheet, row).setHeightInPoints(16);
      row++;
      for (ClientReport.Change change : progress.changes()) {
        Cells.text(sheet, row, 0, change.scale(), styles.tableSmall);
        Cells.fill(sheet, row, 1, 1, styles.tableSmall);
        Cells.merge(sheet, row, 0, 1);
        scoreCell(sheet, row, 2, change.first());
        scoreCell(sheet, row, 3, change.latest());
        if (change.change().isPresent()) {
          Cells.number(sheet, row, 4, change.change().getAsDouble(), styles.tableSigned);
        } else {
          Cells.text(sheet, row, 4, "-", styles.tableCenter);
        }
        Cells.text(sheet, row, 5, change.verdict(), styles.tableWrap);
        Cells.fill(sheet, row, 6, LAST_COL, styles.tableWrap);
        Cells.merge(sheet, row, 5, LAST_COL);
        Cells.row(sheet, row)
            .setHeightInPoints(
                Math.max(
                    14,
                    Cells.wrappedHeight(
                        change.verdict(), Cells.characters(sheet, 5, LAST_COL), 9)));
        row++;
      }
    }
    String changeNote = ClientReport.changeNote(report.progress());
    Cells.text(sheet, row, 0, changeNote, styles.note);
    Cells.merge(sheet, row, 0, LAST_COL);
    Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(changeNote, width, 8));
    row++;
    int chartTop = row;
    blocks.add(row);
    Cells.row(sheet, row).setHeightInPoints(TrendChart.height(report.progress()));
    row++;
    ChartImage trend =
        TrendChart.image(report.progress(), Pictures.widthPoints(sheet, 0, LAST_COL + 1));
    Pictures.insert(sheet, trend, 0, chartTop, LAST_COL + 1, row);
    return row;
  }

  private void scoreCell(XSSFSheet sheet, int row, int col, OptionalDouble score) {
    if (score.isPresent()) {
      Cells.number(sheet, row, col, score.getAsDouble(), styles.tableScore);
    } else {
      Cells.text(sheet, row, col, "-", styles.tableCenter);
    }
  }

  private void answersSheet() {
    XSSFSheet sheet = workbook.createSheet(ANSWERS_SHEET);
    Cells.widths(sheet, 18, 12, 5, 44, 10, 8, 22);
    String[] headers = {
      "Questionnaire", "Assessment", "No.", "Item", "Reversed", "Answer", "Answer label"
    };
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, 0, c, headers[c], styles.header);
    }
    int row = 1;
    int itemWidth = Cells.characters(sheet, 3, 3);
    for (ClientReport.AnswerBlock block : report.answers()) {
      Questionnaire questionnaire = block.questionnaire();
      List<Item> items = questionnaire.items();
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        double value = block.scores().answers().get(i);
        Cells.text(sheet, row, 0, questionnaire.title(), styles.row);
        Cells.text(sheet, row, 1, block.occasion().label(), styles.row);
        Cells.number(sheet, row, 2, i + 1, styles.rowCount);
        Cells.text(sheet, row, 3, item.text(), styles.rowWrap);
        Cells.text(sheet, row, 4, item.reversed() ? "reversed" : "", styles.row);
        if (Double.isNaN(value)) {
          Cells.text(sheet, row, 5, "", styles.row);
        } else {
          Cells.number(sheet, row, 5, value, styles.rowCount);
        }
        Cells.text(sheet, row, 6, ClientReport.answerLabel(questionnaire, value), styles.row);
        Cells.row(sheet, row)
            .setHeightInPoints(Math.max(14f, Cells.wrappedHeight(item.text(), itemWidth, 9)));
        row++;
      }
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.of(options, ClientReport.TITLE + ": " + report.clientLabel() + ", answers")
        .repeating(1)
        .applyTo(sheet);
  }
}
