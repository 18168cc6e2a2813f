package dev.tandem.couples;

import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Both partners' answers to one item after reverse keying (so a higher value always means more of
 * what the scale measures), their difference A minus B, and two flags. An item is a discussion item
 * when both answered and the answers are {@link #DISCUSSION_GAP} or more scale points apart. It is
 * a shared concern when both keyed answers lie beyond the response scale's midpoint on the side the
 * scale's concern names: above it for concern {@code high}, below it for {@code low}; never for a
 * scale without a concern. On a 1-5 scale that means both answered 4 or 5 (high) or both 1 or 2
 * (low) after keying; on a 1-7 scale 5-7 or 1-3.
 */
public record ItemComparison(
    Questionnaire questionnaire,
    Item item,
    Scale scale,
    OptionalDouble a,
    OptionalDouble b,
    OptionalDouble difference,
    boolean discussion,
    boolean sharedConcern) {

  /** Partners this many scale points apart or more on an item should talk about it. */
  public static final double DISCUSSION_GAP = 2.0;

  public ItemComparison {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Objects.requireNonNull(item, "item must not be null");
    Objects.requireNonNull(scale, "scale must not be null");
  }

  public OptionalDouble answer(Partner partner) {
    return partner == Partner.A ? a : b;
  }

  /**
   * The answer as the partner gave it, before reverse keying, which is what they read and chose;
   * for a reversed item it is min + max - keyed.
   */
  public OptionalDouble given(Partner partner) {
    OptionalDouble keyed = answer(partner);
    if (keyed.isEmpty() || !item.reversed()) {
      return keyed;
    }
    return OptionalDouble.of(questionnaire.responseScale().reverse(keyed.getAsDouble()));
  }

  /** The size of the gap, 0 when either answer is missing; used to order discussion items. */
  public double gap() {
    return difference.isPresent() ? Math.abs(difference.getAsDouble()) : 0;
  }

  /** Whether both partners answered and are at most one point apart. */
  public boolean agrees() {
    return difference.isPresent() && Math.abs(difference.getAsDouble()) <= 1.0 + 1e-9;
  }
}
