package dev.tandem.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coach's choices written as a {@code --mapping} file, in the format {@link ColumnMapping} reads:
 * the identity columns by their headers ({@code identity}: a role of {@link #ROLES} to a header as
 * the file has it) and columns mapped to items ({@code columns}: a key from {@link #columnKey} to
 * an item reference such as {@code closeness-desire.cd15}). Owns the writing, so that what the app
 * saves is what every command reads back.
 */
public record MappingFile(Map<String, String> identity, Map<String, String> columns) {

  /** The identity roles a coach chooses: respondent id, couple code and submission time. */
  public static final List<String> ROLES = List.of("id", "couple", "time");

  public MappingFile {
    Objects.requireNonNull(identity, "identity must not be null");
    Objects.requireNonNull(columns, "columns must not be null");
    for (String role : identity.keySet()) {
      if (!ROLES.contains(role)) {
        throw new IllegalArgumentException("identity roles are " + ROLES + ", not " + role);
      }
    }
    identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** No choices: every column as Tandem matches it on its own. */
  public static MappingFile none() {
    return new MappingFile(Map.of(), Map.of());
  }

  /**
   * How a mapping file names column {@code column} (from 1) of a file with these headers: its
   * header, or "header #n" for the n-th of several columns with the same header (or a header that
   * would read as such a key), or "#column" for a column without a header.
   */
  public static String columnKey(List<String> headers, int column) {
    Objects.requireNonNull(headers, "headers must not be null");
    if (column < 1 || column > headers.size()) {
      throw new IllegalArgumentException(
          "column " + column + " is not among the " + headers.size() + " columns");
    }
    String header = headers.get(column - 1).strip().replaceAll("\\s+", " ");
    String words = Text.words(header);
    if (words.isEmpty()) {
      return "#" + column;
    }
    int occurrence = 0;
    int total = 0;
    for (int i = 0; i < headers.size(); i++) {
      if (Text.words(headers.get(i)).equals(words)) {
        total++;
        if (i < column) {
          occurrence++;
        }
      }
    }
    boolean readsAsKey =
        ColumnMapping.POSITION.matcher(header).matches()
            || ColumnMapping.OCCURRENCE.matcher(header).matches();
    return total == 1 && !readsAsKey ? header : header + " #" + occurrence;
  }

  /** The file's text, UTF-8, every key and value quoted. */
  public String text() {
    StringBuilder text =
        new StringBuilder(
            "# Column choices for Tandem, saved by the app. Use it again with --mapping FILE\n"
                + "# (tandem run, validate, score, stats) or keep it beside your exports.\n");
    if (!identity.isEmpty()) {
      text.append("identity:\n");
      identity.forEach(
          (role, header) ->
              text.append("  ").append(role).append(": ").append(quoted(header)).append('\n'));
    }
    if (!columns.isEmpty()) {
      text.append("columns:\n");
      columns.forEach(
          (key, item) ->
              text.append("  ").append(quoted(key)).append(": ").append(quoted(item)).append('\n'));
    }
    return text.toString();
  }

  /**
   * A YAML double-quoted scalar: backslash and quote escaped, and every character YAML does not
   * allow in a file written as an escape.
   */
  static String quoted(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 2).append('"');
    raw.codePoints()
        .forEach(
            cp -> {
              if (cp == '"' || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (printable(cp)) {
                out.appendCodePoint(cp);
              } else {
                out.append(String.format("\\u%04X", cp));
              }
            });
    return out.append('"').toString();
  }

  private static boolean printable(int cp) {
    return (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
        || cp >= 0x10000;
  }
}
