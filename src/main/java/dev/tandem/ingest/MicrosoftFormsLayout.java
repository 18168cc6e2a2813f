package dev.tandem.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Microsoft Forms (Excel download): "ID", start time, completion time, email, name, sometimes "Last
 * modified time", then the questions. The metadata headers follow the account's language, so the
 * layout is recognised by "ID" first and a completion-time column third in any of the common
 * languages, and the identity columns are taken by position. Anonymous forms write "anonymous" as the
 * email; those rows fall back to the ID column.
 */
final class MicrosoftFormsLayout implements Layout {

  private static final Set<String> COMPLETION = Set.of(
      "completiontime", "fertigstellungszeit", "heuredefin", "horadefinalizacion", "oradicompletamento",
      "tijdvanvoltooiing", "horadeconclusao", "endtime");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] first = top.get(0);
    if (first.length < 5 || !Text.key(first[0]).equals("id") || !COMPLETION.contains(Text.key(first[2]))) {
      return Optional.empty();
    }
    Set<String> metadata = new java.util.HashSet<>();
    int metadataColumns = first.length > 5 && Text.key(first[5]).contains("modified") ? 6 : 5;
    for (int i = 0; i < metadataColumns; i++) {
      metadata.add(Text.key(first[i]));
    }
    metadata.add("totalpoints");
    metadata.add("quizfeedback");
    return Optional.of(Header.oneRow("Microsoft Forms", first, metadata,
        Map.of(Role.ID, 3, Role.ID_WHEN_ANONYMOUS, 0, Role.NAME, 4, Role.TIME, 2)));
  }
}
