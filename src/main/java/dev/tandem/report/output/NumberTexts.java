package dev.tandem.report.output;

import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * The text of numbers that recur, made once: scores are means of a few small whole numbers, so a
 * file of a million rows holds a few hundred distinct values, and writing each one's decimal afresh
 * is much of a large file's cost. Keeps the first 2,048 distinct values; later ones are formatted
 * every time. Not thread safe: one for each writer.
 */
public final class NumberTexts {

  private static final int SLOT_BITS = 12;
  private static final int SLOTS = 1 << SLOT_BITS;

  private final DoubleFunction<String> format;
  private final long[] keys = new long[SLOTS];
  private final String[] texts = new String[SLOTS];
  private int kept;

  /** Texts as {@code format} makes them. */
  public NumberTexts(DoubleFunction<String> format) {
    this.format = Objects.requireNonNull(format, "format must not be null");
  }

  public String of(double value) {
    long bits = Double.doubleToLongBits(value);
    int slot = slot(bits);
    while (texts[slot] != null) {
      if (keys[slot] == bits) {
        return texts[slot];
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    String text = format.apply(value);
    if (kept < SLOTS / 2) {
      keys[slot] = bits;
      texts[slot] = text;
      kept++;
    }
    return text;
  }

  /**
   * The top bits of a multiplicative hash: a whole number's low mantissa bits are all zero, so the
   * low bits of any product of them would send every whole number to one slot.
   */
  private static int slot(long bits) {
    return (int) ((bits * 0x9E3779B97F4A7C15L) >>> (Long.SIZE - SLOT_BITS));
  }
}
