package dev.tandem.ingest;

import java.util.Optional;

/**
 * One record of a table as read: the line (or spreadsheet row) on which it starts, its cells, and
 * why the whole row cannot be used when a reader's limit found that (a cell longer than a
 * spreadsheet cell can hold), which makes it a rejected row rather than a file that cannot be read.
 */
record Row(int line, String[] cells, Optional<String> problem) {

  Row(int line, String[] cells) {
    this(line, cells, Optional.empty());
  }

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
