package dev.tandem.couples;

import dev.tandem.questionnaire.Position;
import java.util.List;
import java.util.Objects;

/** A named rule over both partners' scale scores, with guidance for the session when it fires. */
public record CouplePattern(String id, String name, List<PatternRule> when, String guidance, Position position) {

  public CouplePattern {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(guidance, "guidance must not be null");
    Objects.requireNonNull(position, "position must not be null");
    when = List.copyOf(when);
    if (when.isEmpty()) {
      throw new IllegalArgumentException("a pattern needs at least one rule");
    }
  }

  public List<String> scales() {
    return when.stream().flatMap(r -> r.scales().stream()).distinct().toList();
  }
}
