package dev.tandem.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A score computed from items (or, for a composite, from other scales' scores), with bands that
 * interpret it. {@code itemIds} lists the items that belong to the scale, in questionnaire order; a
 * composite has none and instead {@code composite} weights per component scale. {@code lowest} and
 * {@code highest} are the possible range of the score.
 */
public record Scale(
    String id,
    String name,
    String measures,
    Scoring scoring,
    double minAnswered,
    Concern concern,
    List<Band> bands,
    Optional<Norms> norms,
    Optional<Reliability> reliability,
    Optional<PartnerDifference> partnerDifference,
    List<String> itemIds,
    Map<String, Double> composite,
    double lowest,
    double highest) {

  public Scale {
    Objects.requireNonNull(id, "id must not be null");
    bands = List.copyOf(bands);
    itemIds = List.copyOf(itemIds);
    composite = Collections.unmodifiableMap(new LinkedHashMap<>(composite));
  }

  public boolean isComposite() {
    return !composite.isEmpty();
  }

  /** The band a score falls in; empty for a score outside the scale's range. */
  public Optional<Band> bandFor(double score) {
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      boolean last = i == bands.size() - 1;
      if (score >= band.from() && (score < band.to() || (last && score <= band.to()))) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /** The number of items a scored scale needs answered: ceil(minAnswered * items), at least 1. */
  public int minimumAnswered() {
    return Math.max(1, (int) Math.ceil(minAnswered * itemIds.size() - 1e-9));
  }
}
