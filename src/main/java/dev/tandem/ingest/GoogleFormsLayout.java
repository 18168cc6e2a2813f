package dev.tandem.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Google Forms: one header row starting with the timestamp column ("Timestamp", or its name in the
 * form owner's language), an optional "Email address", then one column per question with the
 * question as header; grid questions as {@code Title [row]}.
 */
final class GoogleFormsLayout implements Layout {

  private static final Set<String> TIMESTAMP =
      Set.of(
          "timestamp",
          "zeitstempel",
          "horodateur",
          "marcatemporal",
          "informazionicronologiche",
          "carimbodedatahora",
          "tijdstempel",
          "sygnaturaczasowa",
          "tidsstempel",
          "tidsstämpel");

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    String[] first = top.get(0);
    if (first.length < 2 || !TIMESTAMP.contains(Text.key(first[0]))) {
      return Optional.empty();
    }
    return Optional.of(
        Header.oneRow(
            "Google Forms",
            first,
            Set.of("emailaddress", "score", "username", "punkte", "puntuacion", "note"),
            Map.of(Role.TIME, 0)));
  }
}
