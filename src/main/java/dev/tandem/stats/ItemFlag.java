package dev.tandem.stats;

import java.util.Objects;

/** Why an item may need rewriting, with advice a coach can act on. */
public record ItemFlag(Kind kind, String advice) {

  /** The kinds of weakness, from the most to the least serious. */
  public enum Kind {
    /** Everyone gave the same answer: the item cannot tell clients apart. */
    NO_VARIANCE,
    /** The item runs against the rest of the scale (corrected item-total correlation below 0). */
    NEGATIVE,
    /**
     * The item agrees only weakly with the rest of the scale (corrected item-total correlation
     * below 0.30).
     */
    WEAK,
    /** The scale would be more consistent without the item (alpha rises by more than 0.01). */
    ALPHA_RISES
  }

  /**
   * Below this corrected item-total correlation an item counts as weak (a common rule of thumb).
   */
  public static final double WEAK_BELOW = 0.30;

  /**
   * Alpha must rise by more than this without an item before the item is flagged (smaller rises are
   * noise).
   */
  public static final double ALPHA_RISE_MARGIN = 0.01;

  public ItemFlag {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(advice, "advice must not be null");
  }
}
