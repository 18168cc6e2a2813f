package dev.tandem.ingest;

import dev.tandem.ingest.Layout.HeaderColumn;
import dev.tandem.questionnaire.DefinitionException;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Problem;
import dev.tandem.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Matches the columns of one file to questionnaire items, in this order: the mapping file, the
 * Qualtrics ImportId (against item ids and aliases), the item id (or questionnaire-id.item-id), the
 * item text, an alias. Texts are compared as {@link Text#words} over {@link Text#variants} of the
 * header. A header that fits items of two questionnaires, and two columns that hold the same item,
 * are errors: the coach decides in a mapping file.
 */
final class ColumnMatcher {

  /** An item: the questionnaire's position in the list given, and the item's position in it. */
  record Ref(int questionnaire, int item) {}

  /** A column matched to an item, and how. */
  record Assignment(int column, Ref ref, MatchKind how) {}

  /** The outcome for one file. */
  record Outcome(List<Assignment> assignments, Map<Integer, String> unmatched) {}

  /** Metadata columns of any layout that are never questions. */
  private static final Set<String> COMMON_METADATA =
      Set.of(
          "timestamp",
          "emailaddress",
          "email",
          "name",
          "id",
          "starttime",
          "completiontime",
          "score",
          "comments",
          "comment",
          "notes",
          "note",
          "couplecode",
          "partneremail",
          "partneremailaddress",
          "lastmodifiedtime");

  private final List<Questionnaire> questionnaires;
  private final Map<String, List<Ref>> byId = new HashMap<>();
  private final Map<String, List<Ref>> byText = new HashMap<>();
  private final Map<String, List<Ref>> byAlias = new HashMap<>();

  ColumnMatcher(List<Questionnaire> questionnaires) {
    this.questionnaires = List.copyOf(questionnaires);
    for (int q = 0; q < questionnaires.size(); q++) {
      Questionnaire questionnaire = questionnaires.get(q);
      List<Item> items = questionnaire.items();
      for (int i = 0; i < items.size(); i++) {
        Ref ref = new Ref(q, i);
        Item item = items.get(i);
        add(byId, item.id().toLowerCase(Locale.ROOT), ref);
        add(byId, (questionnaire.id() + "." + item.id()).toLowerCase(Locale.ROOT), ref);
        add(byText, Text.words(item.text()), ref);
        for (String alias : item.aliases()) {
          add(byAlias, Text.words(alias), ref);
        }
      }
    }
  }

  private static void add(Map<String, List<Ref>> index, String key, Ref ref) {
    List<Ref> refs = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!refs.contains(ref)) {
      refs.add(ref);
    }
  }

  Outcome match(Position file, Layout.Header header, Set<Integer> identity, ColumnMapping mapping) {
    List<Assignment> assignments = new ArrayList<>();
    Map<Integer, String> unmatched = new TreeMap<>();
    Map<Ref, Integer> taken = new HashMap<>();
    Map<String, Integer> occurrences = new HashMap<>();
    for (HeaderColumn column : header.columns()) {
      int occurrence = occurrences.merge(Text.words(column.display()), 1, Integer::sum);
      if (identity.contains(column.index())) {
        continue;
      }
      List<Assignment> found = candidates(file, column, occurrence, mapping);
      if (found.isEmpty()) {
        if (!isMetadata(header, column)) {
          unmatched.put(column.index() + 1, Text.shortHeader(column.display()));
        }
        continue;
      }
      Set<Ref> refs =
          found.stream().map(Assignment::ref).collect(Collectors.toCollection(LinkedHashSet::new));
      if (refs.size() > 1) {
        throw new ImportException(
            new Position(file.file(), header.rows(), column.index() + 1),
            "the column \""
                + Text.shortHeader(column.display())
                + "\" fits more than one item ("
                + refs.stream().map(this::name).collect(Collectors.joining(", "))
                + "); name the one it holds"
                + " in a --mapping file, for example \""
                + Text.shortHeader(column.display())
                + "\": "
                + name(refs.iterator().next()));
      }
      Assignment assignment = found.get(0);
      Integer other = taken.putIfAbsent(assignment.ref(), column.index());
      if (other != null) {
        throw new ImportException(
            new Position(file.file(), header.rows(), column.index() + 1),
            "columns "
                + (other + 1)
                + " and "
                + (column.index() + 1)
                + " both hold item "
                + name(assignment.ref())
                + " (headers \""
                + Text.shortHeader(header.columns().get(other).display())
                + "\" and \""
                + Text.shortHeader(column.display())
                + "\"); if the form asks it more than once, say which column"
                + " holds which item by its position, with lines such as these under \"columns:\" in a --mapping"
                + " file: \"#"
                + (other + 1)
                + "\": "
                + name(assignment.ref())
                + " and \"#"
                + (column.index() + 1)
                + "\": ignore (or the id of the item that column holds)");
      }
      assignments.add(assignment);
    }
    return new Outcome(assignments, unmatched);
  }

  private List<Assignment> candidates(
      Position file, HeaderColumn column, int occurrence, ColumnMapping mapping) {
    int index = column.index();
    Optional<ColumnMapping.Target> target =
        mapping.targetAt(index + 1).or(() -> mapping.target(column.display(), occurrence));
    for (String text : column.texts()) {
      target = target.or(() -> mapping.target(text));
    }
    if (target.isPresent()) {
      return mapped(index, target.get());
    }
    if (column.importId().isPresent()) {
      String importId = column.importId().get();
      List<Assignment> found =
          assign(index, byId.get(importId.toLowerCase(Locale.ROOT)), MatchKind.IMPORT_ID);
      found.addAll(assign(index, byAlias.get(Text.words(importId)), MatchKind.IMPORT_ID));
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (String text : column.texts()) {
      List<Assignment> found =
          assign(index, byId.get(text.strip().toLowerCase(Locale.ROOT)), MatchKind.ID);
      if (!found.isEmpty()) {
        return found;
      }
    }
    for (Map<String, List<Ref>> table : List.of(byText, byAlias)) {
      MatchKind how = table == byText ? MatchKind.TEXT : MatchKind.ALIAS;
      for (String text : column.texts()) {
        for (String variant : Text.variants(text)) {
          List<Assignment> found = assign(index, table.get(Text.words(variant)), how);
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  /** The item a mapping line names for a column, or none for "ignore". */
  private List<Assignment> mapped(int index, ColumnMapping.Target target) {
    String reference = target.reference();
    if (reference.equalsIgnoreCase(ColumnMapping.IGNORE)) {
      return List.of();
    }
    List<Ref> refs = byId.getOrDefault(reference.toLowerCase(Locale.ROOT), List.of());
    if (refs.size() != 1) {
      throw new DefinitionException(
          new Problem(
              target.position(),
              refs.isEmpty()
                  ? "no item \""
                      + reference
                      + "\" in the questionnaires used ("
                      + questionnaires.stream()
                          .map(Questionnaire::id)
                          .collect(Collectors.joining(", "))
                      + "); write an item id, questionnaire-id.item-id, or ignore"
                  : "\""
                      + reference
                      + "\" is an item of more than one questionnaire; write questionnaire-id.item-id"));
    }
    return List.of(new Assignment(index, refs.get(0), MatchKind.MAPPING));
  }

  private static List<Assignment> assign(int column, List<Ref> refs, MatchKind how) {
    List<Assignment> found = new ArrayList<>();
    if (refs != null) {
      for (Ref ref : refs) {
        found.add(new Assignment(column, ref, how));
      }
    }
    return found;
  }

  private static boolean isMetadata(Layout.Header header, HeaderColumn column) {
    if (column.display().isBlank()) {
      return true;
    }
    for (String text : column.texts()) {
      String key = Text.key(text);
      if (header.metadata().contains(key) || COMMON_METADATA.contains(key)) {
        return true;
      }
    }
    return false;
  }

  String name(Ref ref) {
    Questionnaire q = questionnaires.get(ref.questionnaire());
    return q.id() + "." + q.items().get(ref.item()).id();
  }

  Questionnaire questionnaire(Ref ref) {
    return questionnaires.get(ref.questionnaire());
  }
}
