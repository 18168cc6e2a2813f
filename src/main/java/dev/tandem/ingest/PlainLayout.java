package dev.tandem.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table typed by hand or exported from elsewhere: one header row, typically item ids as headers.
 */
final class PlainLayout implements Layout {

  @Override
  public Optional<Header> recognise(List<String[]> top) {
    return Optional.of(Header.oneRow("plain table", top.get(0), Set.of(), Map.of()));
  }
}
