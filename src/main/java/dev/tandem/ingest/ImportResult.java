package dev.tandem.ingest;

import java.util.List;

/**
 * Everything read from the input files: the accepted responses, the rejections with reasons (whole
 * rows and single cells, see {@link Rejection.Scope}), the number of data rows read (always {@code
 * responses + rejectedRows + droppedDuplicates} when produced by {@link Importer}), the rows
 * dropped as exact repeats ({@link DuplicateResponses}), and notes for the coach such as the
 * encoding or date format assumed.
 */
public record ImportResult(
    List<Response> responses,
    List<Rejection> rejections,
    int rowsRead,
    int droppedDuplicates,
    List<String> notes) {

  public ImportResult {
    responses = List.copyOf(responses);
    rejections = List.copyOf(rejections);
    notes = List.copyOf(notes);
  }

  /** A result in which no row repeated another. */
  public ImportResult(
      List<Response> responses, List<Rejection> rejections, int rowsRead, List<String> notes) {
    this(responses, rejections, rowsRead, 0, notes);
  }

  public int rejectedRows() {
    return rowsRead - responses.size() - droppedDuplicates;
  }

  /** The number of cells whose answer was set aside as missing while their rows were scored. */
  public long rejectedCells() {
    return rejections.stream().filter(r -> !r.rejectsRow()).count();
  }

  /** The line a coach reads at the end of a run: "12 rows read: 10 scored, 2 rejected". */
  public String accounting() {
    return new ImportSummary(
            rowsRead,
            responses.size(),
            rejectedRows(),
            droppedDuplicates,
            (int) rejectedCells(),
            notes)
        .accounting();
  }
}
