package dev.tandem.stats;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One item of a scale, as psych {@code alpha} reports it: how many clients answered it, the mean
 * and standard deviation of the (reverse-keyed) answers, the corrected item-total correlation
 * ({@code r.drop}: the item against the sum of the scale's other items) and the scale's alpha
 * without it. {@code flags} say in plain words when the item looks weak; {@code notes} say why a
 * statistic is empty.
 */
public record ItemStatistics(
    String itemId,
    long n,
    OptionalDouble mean,
    OptionalDouble sd,
    OptionalDouble rDrop,
    OptionalDouble alphaIfDropped,
    List<ItemFlag> flags,
    List<String> notes) {

  public ItemStatistics {
    flags = List.copyOf(flags);
    notes = List.copyOf(notes);
  }

  public boolean isFlagged() {
    return !flags.isEmpty();
  }
}
