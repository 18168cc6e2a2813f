package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Importer#detect} found in one file: the export layout (e.g. "Google Forms"), how the
 * bytes were read (encoding, delimiter), the number of header rows, the columns matched to items,
 * the question columns that matched nothing (shortened headers with their column numbers), the
 * identity columns chosen (role such as "respondent id" to shortened header), the form its dates
 * were read in (such as {@code yyyy/MM/dd h:mm:ss a z}, when it has a time column with a readable
 * date), notes, every column's whole header in order ({@code headers}, column 1 first), and the
 * identity columns chosen by the role names of a mapping file's {@code identity:} block ("id",
 * "couple", "time", "name") with their column numbers (from 1).
 */
public record FileLayout(
    Path file,
    String layout,
    String format,
    int headerRows,
    List<ColumnMatch> matches,
    Map<Integer, String> unmatched,
    Map<String, String> identity,
    Optional<String> dates,
    List<String> notes,
    List<String> headers,
    Map<String, Integer> identityColumns) {

  public FileLayout {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(dates, "dates must not be null");
    matches = List.copyOf(matches);
    unmatched = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unmatched));
    identity = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(identity));
    notes = List.copyOf(notes);
    headers = List.copyOf(headers);
    identityColumns = Map.copyOf(identityColumns);
  }

  public Position position() {
    return Position.ofFile(file);
  }
}
