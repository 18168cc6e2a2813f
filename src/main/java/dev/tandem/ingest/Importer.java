package dev.tandem.ingest;

import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads survey exports (Google Forms, Microsoft Forms, SurveyMonkey, Qualtrics, Typeform, or a
 * plain CSV or XLSX table) into responses, accounting for every data row.
 *
 * <p>Rules, the same for every layout:
 *
 * <ul>
 *   <li>A <b>file</b> that cannot be used at all (missing, empty, header only, not CSV or not a
 *       workbook, a zip bomb, an unclosed quote, no column matching any item, no column saying who
 *       answered, two columns holding the same item) stops the import with an {@link
 *       ImportException} naming the file, line and column.
 *   <li>A <b>row</b> is rejected as a whole ({@link Rejection.Scope#ROW}) when its number of fields
 *       differs from the header's (a ragged row; extra empty fields at the end are allowed), when
 *       it has no respondent id, or when no cell of it holds a usable answer. It is not scored.
 *   <li>A <b>cell</b> that holds a number outside the response scale, a number that is not whole,
 *       or a text that is not one of the scale's labels (nor a label from the mapping file) is
 *       rejected on its own ({@link Rejection.Scope#CELL}): its answer is treated as missing, never
 *       clamped or guessed, and the row is still scored. An unreadable date is a cell rejection
 *       too; the row is scored without a date. Empty cells are missing answers.
 *   <li>Rows that are entirely empty are skipped and noted; they are not data rows.
 *   <li>A row given twice (same respondent, questionnaire and submission time) follows {@link
 *       DuplicateResponses}: the row read first is scored, an exact repeat is dropped and listed in
 *       a note, a repeat with different answers is rejected naming both rows.
 *   <li>Every data row ends as exactly one response, one whole-row rejection or one dropped repeat,
 *       so rows read = responses + rejected rows + dropped repeats. No message holds a client's
 *       answer, name or email: rejections name the file, line (where the record starts), column and
 *       header.
 * </ul>
 *
 * <p>Respondent ids from email columns are compared in lower case; couple codes are upper-cased
 * with spaces removed; a partner-email column gives both partners the same code, made from a digest
 * of the two emails. Answers are kept raw (not reverse keyed) in questionnaire item order; a
 * questionnaire of which a row answered nothing is left out of that response.
 */
public final class Importer {

  private Importer() {}

  /** Reads every file and collects the responses and rejections. */
  public static ImportResult read(
      List<Path> files, List<Questionnaire> questionnaires, ImportOptions options) {
    return collect(sink -> stream(files, questionnaires, options, sink));
  }

  /** Collects what a streamed source of responses (files, or the practice store) hands its sink. */
  public static ImportResult collect(Function<ResponseSink, ImportSummary> source) {
    List<Response> responses = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    ImportSummary summary =
        source.apply(
            new ResponseSink() {
              @Override
              public void response(Response response) {
                responses.add(response);
              }

              @Override
              public void rejection(Rejection rejection) {
                rejections.add(rejection);
              }
            });
    return new ImportResult(
        responses, rejections, summary.rowsRead(), summary.droppedDuplicates(), summary.notes());
  }

  /**
   * Reads every file row by row, handing each response and rejection to the sink as it is read; the
   * files are never held in memory as a whole (workbooks are streamed too, see {@link XlsxSource}).
   */
  public static ImportSummary stream(
      List<Path> files,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      ResponseSink sink) {
    Objects.requireNonNull(files, "files must not be null");
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    Objects.requireNonNull(options, "options must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    if (questionnaires.isEmpty()) {
      throw new IllegalArgumentException("at least one questionnaire is needed to import answers");
    }
    ColumnMapping mapping = options.mapping().map(ColumnMapping::load).orElse(ColumnMapping.NONE);
    FilePlan.Counts counts = new FilePlan.Counts();
    DuplicateResponses duplicates = new DuplicateResponses();
    List<String> notes = new ArrayList<>();
    for (Path file : files) {
      try (RowSource source = RowSource.open(file, options)) {
        FilePlan plan = FilePlan.plan(file, source, questionnaires, options, mapping, true);
        plan.run(sink, counts, duplicates);
        notes.addAll(plan.notes());
      }
    }
    duplicates.note().ifPresent(notes::add);
    return new ImportSummary(
        counts.rowsRead,
        counts.accepted,
        counts.rejectedRows,
        counts.dropped,
        counts.rejectedCells,
        notes);
  }

  /**
   * Looks at the headers of every file (and a sample of rows, for the date format) without
   * importing: the layout, encoding, which column matched which item and how, the identity columns,
   * and which of the given questionnaires have items present.
   */
  public static Detection detect(
      List<Path> files, List<Questionnaire> questionnaires, ImportOptions options) {
    Objects.requireNonNull(files, "files must not be null");
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    Objects.requireNonNull(options, "options must not be null");
    ColumnMapping mapping = options.mapping().map(ColumnMapping::load).orElse(ColumnMapping.NONE);
    List<FileLayout> layouts = new ArrayList<>();
    boolean[] present = new boolean[questionnaires.size()];
    for (Path file : files) {
      try (RowSource source = RowSource.open(file, options)) {
        FilePlan plan = FilePlan.plan(file, source, questionnaires, options, mapping, false);
        layouts.add(plan.layout());
        boolean[] here = plan.present();
        for (int q = 0; q < here.length; q++) {
          present[q] |= here[q];
        }
      }
    }
    List<String> ids = new ArrayList<>();
    for (int q = 0; q < present.length; q++) {
      if (present[q]) {
        ids.add(questionnaires.get(q).id());
      }
    }
    return new Detection(layouts, ids);
  }
}
