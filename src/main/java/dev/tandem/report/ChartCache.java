package dev.tandem.report;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Pictures drawn once for what they show: a key holds everything a picture depends on (the values,
 * the bands, the size), and a picture asked for again with an equal key is the image already drawn,
 * byte for byte what drawing it again would give. Many clients share a score on a scale, so their
 * workbooks' handout sheets draw each score bar once (a PDF draws its bars as vectors). The images
 * kept are bounded by their bytes, the least recently used dropped first; keys hold scores and
 * questionnaire texts, never who a client is.
 */
final class ChartCache {

  /** One cache for the whole process: every key names all that its picture depends on. */
  static final ChartCache SHARED = new ChartCache(16L * 1024 * 1024);

  private final long budget;
  private final Map<Object, ChartImage> images = new LinkedHashMap<>(64, 0.75f, true);
  private long bytes;

  ChartCache(long budget) {
    this.budget = budget;
  }

  /**
   * The image for the key, drawn with {@code draw} the first time (outside the lock, so threads
   * drawing other pictures do not wait).
   */
  ChartImage image(Object key, Supplier<ChartImage> draw) {
    Objects.requireNonNull(key, "key must not be null");
    synchronized (this) {
      ChartImage known = images.get(key);
      if (known != null) {
        return known;
      }
    }
    ChartImage drawn = draw.get();
    synchronized (this) {
      if (images.putIfAbsent(key, drawn) == null) {
        bytes += drawn.scanlines().length;
        Iterator<ChartImage> oldest = images.values().iterator();
        while (bytes > budget && oldest.hasNext()) {
          bytes -= oldest.next().scanlines().length;
          oldest.remove();
        }
      }
    }
    return drawn;
  }

  /** How many images are kept. */
  synchronized int size() {
    return images.size();
  }
}
