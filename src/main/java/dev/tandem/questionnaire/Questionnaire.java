package dev.tandem.questionnaire;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded, validated questionnaire definition. {@code retestAfterDays} is how long after an
 * assessment the coach should ask for the next one ({@link #DEFAULT_RETEST_AFTER_DAYS} unless the
 * definition says otherwise); {@code language} is the BCP 47 tag of the language its texts are
 * written in ({@link #DEFAULT_LANGUAGE} unless the definition says otherwise), for the pages that
 * show them to clients.
 */
public record Questionnaire(
    String id,
    String version,
    String title,
    String instructions,
    String note,
    int retestAfterDays,
    String language,
    ResponseScale responseScale,
    PartnerDifference partnerDifference,
    List<Item> items,
    List<Scale> scales,
    Path source) {

  /** Days from an assessment to the next when a definition does not say. */
  public static final int DEFAULT_RETEST_AFTER_DAYS = 90;

  /** The language of a definition that does not name one. */
  public static final String DEFAULT_LANGUAGE = "en";

  public Questionnaire {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(language, "language must not be null");
    if (retestAfterDays < 1) {
      throw new IllegalArgumentException(
          "retestAfterDays must be at least 1, was " + retestAfterDays);
    }
    items = List.copyOf(items);
    scales = List.copyOf(scales);
  }

  public Optional<Scale> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }

  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The position of each item id in {@link #items()}. */
  public Map<String, Integer> itemIndex() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.put(items.get(i).id(), i);
    }
    return index;
  }

  /** The thresholds for partner differences on a scale: its own, else the questionnaire's. */
  public PartnerDifference partnerDifference(Scale scale) {
    return scale.partnerDifference().orElse(partnerDifference);
  }
}
