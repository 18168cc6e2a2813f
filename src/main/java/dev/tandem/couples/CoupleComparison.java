package dev.tandem.couples;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Both partners' latest assessments side by side: every scale and item of the questionnaires both
 * answered (in definition order), the questionnaires only one of them answered, and the profile
 * correlation.
 */
public record CoupleComparison(
    Couple couple,
    List<ScaleComparison> scales,
    List<ItemComparison> items,
    List<MissingQuestionnaire> missing,
    ProfileCorrelation profile) {

  public CoupleComparison {
    Objects.requireNonNull(couple, "couple must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    scales = List.copyOf(scales);
    items = List.copyOf(items);
    missing = List.copyOf(missing);
  }

  /** Items two or more points apart, the largest gap first (ties in questionnaire order). */
  public List<ItemComparison> discussionItems() {
    return items.stream()
        .filter(ItemComparison::discussion)
        .sorted(Comparator.comparingDouble(ItemComparison::gap).reversed())
        .toList();
  }

  /** Items on which both partners answered in the direction their scale's concern names. */
  public List<ItemComparison> sharedConcerns() {
    return items.stream().filter(ItemComparison::sharedConcern).toList();
  }

  /** The comparison on a scale named questionnaireId.scaleId. */
  public Optional<ScaleComparison> scale(String reference) {
    return scales.stream().filter(s -> s.reference().equals(reference)).findFirst();
  }
}
