package dev.tandem.ingest;

/** One record of a table as read: the line (or spreadsheet row) on which it starts, and its cells. */
record Row(int line, String[] cells) {

  boolean isBlank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }

  String cell(int column) {
    return column < cells.length ? cells[column] : "";
  }
}
