package dev.tandem.couples;

import dev.tandem.questionnaire.Position;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named rule over both partners' scale scores, with guidance for the session when it fires and,
 * for the couple's handout, the same finding said to the couple without blame ({@code forCouple})
 * and one thing to try together ({@code tryTogether}).
 */
public record CouplePattern(
    String id,
    String name,
    List<PatternRule> when,
    String guidance,
    Optional<String> forCouple,
    Optional<String> tryTogether,
    Position position) {

  /** A pattern with guidance for the coach only. */
  public CouplePattern(
      String id, String name, List<PatternRule> when, String guidance, Position position) {
    this(id, name, when, guidance, Optional.empty(), Optional.empty(), position);
  }

  public CouplePattern {
    Objects.requireNonNull(forCouple, "forCouple must not be null");
    Objects.requireNonNull(tryTogether, "tryTogether must not be null");
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
