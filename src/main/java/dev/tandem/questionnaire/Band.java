package dev.tandem.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of scale scores with a label, guidance for the coach and, for the client's handout, what
 * the band may mean said to the client ({@code forClient}) and one or two things to try ({@code
 * toTry}). Bands are half-open, [from, to), except the highest, which includes its upper end.
 */
public record Band(
    double from,
    double to,
    String label,
    String guidance,
    Optional<String> forClient,
    List<String> toTry) {

  public Band {
    Objects.requireNonNull(label, "label must not be null");
    Objects.requireNonNull(forClient, "forClient must not be null");
    toTry = List.copyOf(toTry);
  }

  /** A band with guidance for the coach only, as definitions written before the handouts have. */
  public Band(double from, double to, String label, String guidance) {
    this(from, to, label, guidance, Optional.empty(), List.of());
  }
}
