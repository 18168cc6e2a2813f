package dev.tandem.bench;

import java.util.Random;

/**
 * Rows shaped like bench/peer-items.yaml's input (and /work/shared/bench/gen.py's): four id
 * columns, then 40 answers 1-5 in four scales, every fourth item reverse-keyed, about 2% missing.
 * Seeded.
 */
public final class PeerRows {

  public static final String[] SCALES = {"sol", "ins", "clo", "des"};
  public static final int[] ITEMS = {12, 14, 7, 7};

  private PeerRows() {}

  public static String header() {
    StringBuilder header = new StringBuilder("respondent_id,couple_id,partner,submitted_at");
    for (int s = 0; s < SCALES.length; s++) {
      for (int i = 1; i <= ITEMS[s]; i++) {
        header.append(',').append(SCALES[s]).append(i);
      }
    }
    return header.toString();
  }

  /** {@code count} data lines, each without its line end. */
  public static String[] lines(int count, long seed) {
    Random random = new Random(seed);
    String[] lines = new String[count];
    for (int r = 0; r < count; r++) {
      StringBuilder line = new StringBuilder();
      line.append(
          String.format(
              "R%07d,C%07d,%s,2026-0%d-1%dT10:00:00Z",
              r, r / 2, r % 2 == 0 ? "A" : "B", 1 + r % 9, r % 10));
      for (int s = 0; s < SCALES.length; s++) {
        double trait = random.nextGaussian();
        for (int i = 0; i < ITEMS[s]; i++) {
          double z = 0.8 * trait + 0.6 * random.nextGaussian();
          if (i % 4 == 3) {
            z = -z;
          }
          long value = Math.min(5, Math.max(1, Math.round(3 + 1.1 * z)));
          line.append(',');
          if (random.nextDouble() >= 0.02) {
            line.append(value);
          }
        }
      }
      lines[r] = line.toString();
    }
    return lines;
  }
}
