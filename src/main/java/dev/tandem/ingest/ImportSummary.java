package dev.tandem.ingest;

import java.util.List;

/**
 * The accounting of a streamed import: data rows read, rows delivered as responses, rows rejected
 * whole, rows dropped as exact repeats of an earlier row (always {@code rowsRead == accepted +
 * rejectedRows + droppedDuplicates}), cells set aside as missing, and notes for the coach such as
 * the encoding or date format assumed.
 */
public record ImportSummary(
    int rowsRead,
    int accepted,
    int rejectedRows,
    int droppedDuplicates,
    int rejectedCells,
    List<String> notes) {

  public ImportSummary {
    notes = List.copyOf(notes);
    if (rowsRead != accepted + rejectedRows + droppedDuplicates) {
      throw new IllegalArgumentException(
          "rows read must equal accepted plus rejected plus dropped rows");
    }
  }

  /**
   * The line a coach reads at the end of a run: "12 rows read: 10 scored, 2 rejected", with ", 1
   * dropped as a duplicate" when rows repeated earlier ones.
   */
  public String accounting() {
    return rowsRead
        + (rowsRead == 1 ? " row" : " rows")
        + " read: "
        + accepted
        + " scored, "
        + rejectedRows
        + " rejected"
        + (droppedDuplicates == 0
            ? ""
            : ", "
                + droppedDuplicates
                + " dropped as "
                + (droppedDuplicates == 1 ? "a duplicate" : "duplicates"))
        + (rejectedCells == 0
            ? ""
            : " ("
                + rejectedCells
                + (rejectedCells == 1 ? " answer" : " answers")
                + " set aside as missing)");
  }
}
