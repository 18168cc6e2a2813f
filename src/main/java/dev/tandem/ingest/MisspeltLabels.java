package dev.tandem.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The answers of one file that were not an option but are within two letters of one of the scale's
 * labels ("Aagree", "Disgree": a survey author's typo exported as it is), counted per column and
 * spelling, for one note each that names the label, its closest scale label and the mapping line
 * that would read it. Each such cell is also a cell rejection; the note says why so many are alike.
 */
final class MisspeltLabels {

  private record Key(int column, String label) {}

  private record Seen(
      String spelling, String header, String questionnaire, int value, String label, int[] count) {}

  private final Path file;
  private final Map<Key, Seen> seen = new LinkedHashMap<>();

  MisspeltLabels(Path file) {
    this.file = file;
  }

  /** Counts a cell (0-based column) that {@link AnswerReader#misspelt} found close to a label. */
  void add(
      int column,
      String header,
      String questionnaire,
      String cell,
      Map.Entry<Integer, String> label) {
    seen.computeIfAbsent(
            new Key(column, Text.label(cell)),
            k ->
                new Seen(
                    cell.strip(),
                    header,
                    questionnaire,
                    label.getKey(),
                    label.getValue(),
                    new int[1]))
        .count()[0]++;
  }

  /** One note per column and spelling, in the order first seen. */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    seen.forEach(
        (key, found) -> {
          int count = found.count()[0];
          notes.add(
              file
                  + ": column "
                  + (key.column() + 1)
                  + " (\""
                  + found.header()
                  + "\") has "
                  + count
                  + (count == 1 ? " answer" : " answers")
                  + " \""
                  + found.spelling()
                  + "\", which is not a label of "
                  + found.questionnaire()
                  + "; the closest label is \""
                  + found.label()
                  + "\" ("
                  + found.value()
                  + "). If that is what it means, add this line under \"labels:\" in a --mapping file and import"
                  + " again: \""
                  + found.spelling()
                  + "\": "
                  + found.value());
        });
    return notes;
  }
}
