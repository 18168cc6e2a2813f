package dev.tandem.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Typeform: one header row, "#" (the response token) first, the questions, then "Response Type",
 * "Start Date (UTC)", "Submit Date (UTC)", "Stage Date (UTC)", "Network ID" and "Tags". Hidden
 * fields such as an email come as ordinary columns.
 */
final class TypeformLayout implements Layout {

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] first = top.get(0);
    int submit = Layout.indexOfKey(first, "submitdateutc");
    if (submit < 0
        && !(first.length > 0
            && first[0].strip().equals("#")
            && Layout.hasKey(first, "networkid"))) {
      return Optional.empty();
    }
    Map<Role, Integer> known = new java.util.EnumMap<>(Role.class);
    if (first[0].strip().equals("#")) {
      known.put(Role.ID_WHEN_ANONYMOUS, 0);
    }
    if (submit >= 0) {
      known.put(Role.TIME, submit);
    }
    return Optional.of(
        Header.oneRow(
            "Typeform",
            first,
            Set.of(
                "responsetype",
                "startdateutc",
                "submitdateutc",
                "stagedateutc",
                "networkid",
                "tags",
                "score"),
            known));
  }
}
