package dev.tandem.ingest;

import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Fields;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.YamlNode;
import dev.tandem.questionnaire.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's {@code --mapping} file, for what automatic matching cannot decide:
 *
 * <pre>
 * columns:                          # header (as in the file) -> item id, questionnaire-id.item-id, or ignore
 *   "How I feel about evenings": need-for-solitude.sol01
 *   "Comments": ignore
 *   "#7": sol03                       # the 7th column (counted from 1), whatever its header
 *   "I feel heard #2": sol04          # the 2nd column with this header, when a form repeats it
 * labels:                           # answer label -> number on the response scale
 *   "Totally agree": 5
 * identity:                         # identity columns by header (the command-line options win)
 *   id: "Client number"
 *   couple: "Pair"
 *   time: "Submitted"
 *   name: "Client name"
 * dates: day-first                  # or month-first: how to read dates such as 3/4/2026
 * </pre>
 *
 * Headers are compared as {@link Text#words} (case, spacing and punctuation ignored). A column
 * given by position or by occurrence wins over one given by its header.
 */
record ColumnMapping(
    Map<String, Target> columns,
    Map<Integer, Target> positions,
    Map<String, Target> occurrences,
    Map<String, Integer> labels,
    Map<String, String> identity,
    Optional<Boolean> dayFirst) {

  static final ColumnMapping NONE =
      new ColumnMapping(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Optional.empty());

  /** A key naming a column by its position, "#7". */
  static final Pattern POSITION = Pattern.compile("#\\s*(\\d{1,5})");

  /** A key naming the n-th column with a header, "I feel heard #2". */
  static final Pattern OCCURRENCE = Pattern.compile("(.*\\S)\\s+#(\\d{1,5})");

  /** The roles of the {@code identity:} block, in the order the command-line options name them. */
  static final List<String> IDENTITY_ROLES = List.of("id", "couple", "time", "name");

  static final String IGNORE = "ignore";

  /** What a header maps to: an item reference as written, and where it was written. */
  record Target(String reference, Position position) {}

  ColumnMapping {
    columns = Map.copyOf(columns);
    positions = Map.copyOf(positions);
    occurrences = Map.copyOf(occurrences);
    labels = Map.copyOf(labels);
    identity = Map.copyOf(identity);
  }

  Optional<Target> target(String header) {
    return Optional.ofNullable(columns.get(Text.words(header)));
  }

  /** What the column at this position (counted from 1) maps to, when the mapping names it so. */
  Optional<Target> targetAt(int column) {
    return Optional.ofNullable(positions.get(column));
  }

  /** What the n-th column (from 1) with this header maps to, when the mapping names it so. */
  Optional<Target> target(String header, int occurrence) {
    return Optional.ofNullable(occurrences.get(occurrenceKey(header, occurrence)));
  }

  private static String occurrenceKey(String header, int occurrence) {
    return Text.words(header) + "#" + occurrence;
  }

  static ColumnMapping load(Path file) {
    List<Problem> problems = new ArrayList<>();
    YamlNode root = YamlReader.read(file, problems);
    Map<String, Target> columns = new HashMap<>();
    Map<Integer, Target> positions = new HashMap<>();
    Map<String, Target> occurrences = new HashMap<>();
    Map<String, Integer> labels = new HashMap<>();
    Map<String, String> identity = new HashMap<>();
    Optional<Boolean> dayFirst = Optional.empty();
    Optional<Fields> fields =
        Fields.of(
            root, "the mapping file", Set.of("columns", "labels", "identity", "dates"), problems);
    if (fields.isPresent()) {
      Fields f = fields.get();
      f.node("columns")
          .ifPresent(
              node ->
                  entries(node, "columns", problems)
                      .forEach(
                          e -> {
                            if (e.value() instanceof YamlNode.Scalar s) {
                              Target target = new Target(s.text().strip(), s.position());
                              String key = e.key().strip();
                              Matcher position = POSITION.matcher(key);
                              Matcher occurrence = OCCURRENCE.matcher(key);
                              if (position.matches()) {
                                positions.put(Integer.parseInt(position.group(1)), target);
                              } else if (occurrence.matches()) {
                                occurrences.put(
                                    occurrenceKey(
                                        occurrence.group(1), Integer.parseInt(occurrence.group(2))),
                                    target);
                              } else {
                                columns.put(Text.words(key), target);
                              }
                            } else {
                              problems.add(
                                  new Problem(
                                      e.value().position(),
                                      "a column should map to an item id, "
                                          + "questionnaire-id.item-id or \"ignore\"; found "
                                          + e.value().kind()));
                            }
                          }));
      f.node("labels")
          .ifPresent(
              node ->
                  entries(node, "labels", problems)
                      .forEach(
                          e -> {
                            if (e.value() instanceof YamlNode.Scalar s
                                && s.type() == YamlNode.ScalarType.INTEGER) {
                              labels.put(Text.label(e.key()), Integer.parseInt(s.text().strip()));
                            } else {
                              problems.add(
                                  new Problem(
                                      e.value().position(),
                                      "a label should map to a whole number on the"
                                          + " response scale; found "
                                          + e.value().kind()));
                            }
                          }));
      f.node("identity")
          .flatMap(node -> Fields.of(node, "identity", Set.copyOf(IDENTITY_ROLES), problems))
          .ifPresent(
              id -> {
                for (String role : IDENTITY_ROLES) {
                  id.text(role).ifPresent(header -> identity.put(role, header));
                }
              });
      Optional<String> dates = f.text("dates");
      if (dates.isPresent()) {
        switch (dates.get()) {
          case "day-first" -> dayFirst = Optional.of(true);
          case "month-first" -> dayFirst = Optional.of(false);
          default ->
              problems.add(
                  new Problem(f.positionOf("dates"), "dates should be day-first or month-first"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    return new ColumnMapping(columns, positions, occurrences, labels, identity, dayFirst);
  }

  private static List<YamlNode.Entry> entries(YamlNode node, String key, List<Problem> problems) {
    if (node instanceof YamlNode.Mapping mapping) {
      return List.copyOf(mapping.entries().values());
    }
    problems.add(
        new Problem(
            node.position(),
            key + " should be a block of \"header\": value lines, found " + node.kind()));
    return List.of();
  }
}
