package dev.tandem.report;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScaleScore;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFFont;
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
  static final String ANSWERS_SHEET = "Answers";

  /** Report sheet columns: scale, score, band, percentile, then three for the chart. */
  private static final int[] WIDTHS = {22, 7, 13, 13, 15, 15, 15};
  private static final int LAST_COL = WIDTHS.length - 1;
  private static final int CHART_COL = 4;
  private static final float TABLE_ROW_MIN = 20f;
  private static final float TREND_HEIGHT = 92f;

  private final ClientReport report;
  private final ReportOptions options;
  private final XSSFWorkbook workbook;
  private final SheetStyles styles;

  private ClientWorkbook(ClientReport report, ReportOptions options) {
    this.report = report;
    this.options = options;
    this.workbook = new XSSFWorkbook();
    this.styles = new SheetStyles(workbook);
  }

  static XSSFWorkbook build(ClientReport report, ReportOptions options) {
    ClientWorkbook builder = new ClientWorkbook(report, options);
    builder.reportSheet();
    builder.answersSheet();
    return builder.workbook;
  }

  private void reportSheet() {
    XSSFSheet sheet = workbook.createSheet(REPORT_SHEET);
    Cells.widths(sheet, WIDTHS);
    sheet.setDisplayGridlines(false);
    sheet.setPrintGridlines(false);
    Cells.text(sheet, 0, 0, "Client report: " + report.clientLabel(), styles.title);
    Cells.row(sheet, 0).setHeightInPoints(24);
    Cells.text(sheet, 1, 0, report.assessed().map(d -> "Latest assessment: " + Formats.date(d))
        .orElse("Assessment date not recorded"), styles.subtitle);
    int row = 3;
    for (ClientReport.Section section : report.sections()) {
      row = section(sheet, row, section);
    }
    if (!report.progress().isEmpty()) {
      row = progress(sheet, row);
    }
    PrintLayout.of(options.paper(), ClientReport.TITLE, options.date()).repeating(1).atMostPagesTall(2)
        .applyTo(sheet);
    sheet.getPrintSetup().setLandscape(false);
  }

  private int section(XSSFSheet sheet, int start, ClientReport.Section section) {
    Questionnaire questionnaire = section.questionnaire();
    int row = start;
    Cells.text(sheet, row, 0, questionnaire.title(), styles.heading);
    Cells.text(sheet, row, CHART_COL, "Answered " + section.occasion().label(), styles.small);
    Cells.row(sheet, row).setHeightInPoints(20);
    row++;
    int tableTop = row;
    String[] headers = {"Scale", "Score", "Band", "Percentile"};
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, row, c, headers[c], styles.header);
    }
    row++;
    List<ScaleScore> scores = section.scores();
    float rowHeight = Math.max(TABLE_ROW_MIN, (ProfileChart.suggestedHeight(scores) - 16f) / scores.size());
    for (ScaleScore score : scores) {
      Cells.text(sheet, row, 0, score.scale().name(), styles.tableText);
      if (score.isScored()) {
        Cells.number(sheet, row, 1, score.value().getAsDouble(), styles.tableScore);
      } else {
        Cells.text(sheet, row, 1, "-", styles.tableCenter);
      }
      Cells.text(sheet, row, 2, ClientReport.band(score), styles.tableCenter);
      Cells.text(sheet, row, 3, ClientReport.percentile(score).orElse("no norms"), styles.tableCenter);
      Cells.row(sheet, row).setHeightInPoints(rowHeight);
      row++;
    }
    Cells.row(sheet, tableTop).setHeightInPoints(16f);
    ChartImage chart = ProfileChart.image(scores, Pictures.widthPoints(sheet, CHART_COL, LAST_COL + 1),
        Pictures.heightPoints(sheet, tableTop, row));
    Pictures.insert(sheet, chart, CHART_COL, tableTop, LAST_COL + 1, row);
    row++;
    int width = Cells.characters(sheet, 0, LAST_COL);
    for (ScaleScore score : scores) {
      String lead = score.scale().name() + " (" + ClientReport.band(score) + "): ";
      String guidance = ClientReport.guidance(score);
      XSSFRichTextString text = new XSSFRichTextString(lead + guidance);
      text.applyFont(0, lead.length(), boldSmall());
      Cells.rich(sheet, row, 0, text, styles.wrap);
      Cells.merge(sheet, row, 0, LAST_COL);
      Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(lead + guidance, width, 9));
      row++;
    }
    String note = "About these scores: " + questionnaire.note().strip();
    Cells.text(sheet, row, 0, note, styles.note);
    Cells.merge(sheet, row, 0, LAST_COL);
    Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(note, width, 8));
    return row + 2;
  }

  private int progress(XSSFSheet sheet, int start) {
    int row = start;
    Cells.text(sheet, row, 0, "Progress", styles.heading);
    Cells.row(sheet, row).setHeightInPoints(20);
    row++;
    String intro = "Scores at the first and the latest assessment. A change is called reliable only when it is "
        + "larger than the questionnaire's measurement error would explain.";
    Cells.text(sheet, row, 0, intro, styles.wrap);
    Cells.merge(sheet, row, 0, LAST_COL);
    Cells.row(sheet, row).setHeightInPoints(Cells.wrappedHeight(intro, Cells.characters(sheet, 0, LAST_COL), 9));
    row++;
    for (ClientReport.Progress progress : report.progress()) {
      row = progressTable(sheet, row, progress);
    }
    return row;
  }

  private int progressTable(XSSFSheet sheet, int start, ClientReport.Progress progress) {
    int row = start;
    Cells.text(sheet, row, 0, progress.questionnaire().title(), styles.bold);
    Cells.row(sheet, row).setHeightInPoints(18);
    row++;
    List<ClientReport.Occasion> occasions = progress.occasions();
    String[] headers = {"Scale", "First", "Latest", "Change", "Verdict"};
    for (int c = 0; c < headers.length; c++) {
      Cells.text(sheet, row, c, headers[c], styles.header);
    }
    Cells.fill(sheet, row, 4, LAST_COL, styles.header);
    Cells.merge(sheet, row, 4, LAST_COL);
    Cells.text(sheet, row, 1, "First\n" + occasions.get(0).shortLabel(), styles.header);
    Cells.text(sheet, row, 2, "Latest\n" + occasions.get(occasions.size() - 1).shortLabel(), styles.header);
    Cells.row(sheet, row).setHeightInPoints(26);
    row++;
    QuestionnaireScores first = progress.first();
    for (ScaleScore latest : progress.latest().scales()) {
      Optional<ScaleScore> before = first.scale(latest.scale().id());
      Cells.text(sheet, row, 0, latest.scale().name(), styles.tableText);
      scoreCell(sheet, row, 1, before);
      scoreCell(sheet, row, 2, Optional.of(latest));
      if (before.isPresent() && before.get().isScored() && latest.isScored()) {
        Cells.number(sheet, row, 3, latest.value().getAsDouble() - before.get().value().getAsDouble(),
            styles.tableScore);
        Cells.text(sheet, row, 4, ClientReport.verdict(before.get(), latest), styles.tableText);
      } else {
        Cells.text(sheet, row, 3, "-", styles.tableCenter);
        Cells.text(sheet, row, 4, "cannot be compared: a score is missing", styles.tableText);
      }
      Cells.fill(sheet, row, 5, LAST_COL, styles.tableText);
      Cells.merge(sheet, row, 4, LAST_COL);
      Cells.row(sheet, row).setHeightInPoints(16);
      row++;
    }
    int chartTop = row;
    Cells.row(sheet, row).setHeightInPoints(TREND_HEIGHT);
    row++;
    ChartImage trend = TrendChart.image(progress, Pictures.widthPoints(sheet, 0, LAST_COL + 1),
        Pictures.heightPoints(sheet, chartTop, row));
    Pictures.insert(sheet, trend, 0, chartTop, LAST_COL + 1, row);
    return row + 1;
  }

  private void scoreCell(XSSFSheet sheet, int row, int col, Optional<ScaleScore> score) {
    if (score.isPresent() && score.get().isScored()) {
      Cells.number(sheet, row, col, score.get().value().getAsDouble(), styles.tableScore);
    } else {
      Cells.text(sheet, row, col, "-", styles.tableCenter);
    }
  }

  private XSSFFont boldSmall() {
    XSSFFont font = workbook.createFont();
    font.setFontName(Palette.SHEET_FONT);
    font.setFontHeightInPoints((short) 9);
    font.setBold(true);
    return font;
  }

  private void answersSheet() {
    XSSFSheet sheet = workbook.createSheet(ANSWERS_SHEET);
    Cells.widths(sheet, 20, 12, 5, 58, 9, 7, 22);
    String[] headers = {"Questionnaire", "Assessment", "No.", "Item", "Reversed", "Answer", "Answer label"};
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
        Cells.text(sheet, row, 0, questionnaire.title(), styles.text);
        Cells.text(sheet, row, 1, block.occasion().shortLabel(), styles.text);
        Cells.number(sheet, row, 2, i + 1, styles.count);
        Cells.text(sheet, row, 3, item.text(), styles.wrap);
        Cells.text(sheet, row, 4, item.reversed() ? "reversed" : "", styles.text);
        if (Double.isNaN(value)) {
          Cells.text(sheet, row, 5, "", styles.text);
        } else {
          Cells.number(sheet, row, 5, value, styles.count);
        }
        Cells.text(sheet, row, 6, ClientReport.answerLabel(questionnaire, value), styles.text);
        Cells.row(sheet, row).setHeightInPoints(Math.max(14f, Cells.wrappedHeight(item.text(), itemWidth, 9)));
        row++;
      }
    }
    sheet.createFreezePane(0, 1);
    PrintLayout.of(options.paper(), ClientReport.TITLE + ": answers", options.date()).repeating(1)
        .applyTo(sheet);
  }
}
