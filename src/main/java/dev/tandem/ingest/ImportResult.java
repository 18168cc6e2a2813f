package dev.tandem.ingest;

import java.util.List;

/**
 * Everything read from the input files: the accepted responses, the rejected rows with reasons, the
 * number of data rows read (always {@code responses + rejectedRows}), and notes for the coach such as
 * the encoding or date format assumed.
 */
public record ImportResult(
    List<Response> responses, List<Rejection> rejections, int rowsRead, List<String> notes) {

  public ImportResult {
    responses = List.copyOf(responses);
    rejections = List.copyOf(rejections);
    notes = List.copyOf(notes);
  }

  public int rejectedRows() {
    return rowsRead - responses.size();
  }
}
