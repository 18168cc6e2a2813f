package dev.tandem.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The line breaks of the PDFs' paragraphs and table cells, remembered across one run's layouts and
 * threads: a report is laid out once to measure it and once to draw it, and most of its text
 * (headings, explanations, the handouts' guidance) is the same in every client's report. Breaking a
 * paragraph measures every word in its fonts. At most {@value #LIMIT} texts are kept; then the
 * memory starts afresh. Each run has its own ({@link ReportOptions#lineBreaks}), so that clients'
 * names and words are not kept in memory after the run that printed them, as they would be in the
 * coach's app, which runs for hours.
 */
public final class LineBreaks {

  static final int LIMIT = 4096;

  LineBreaks() {}

  private record Key(List<PdfLayout.Run> runs, float size, float maxWidth) {}

  private final Map<Key, List<List<PdfLayout.Run>>> known = new ConcurrentHashMap<>();

  /** The lines of {@code runs}, broken by {@code breaker} the first time. */
  List<List<PdfLayout.Run>> lines(
      List<PdfLayout.Run> runs,
      float size,
      float maxWidth,
      Supplier<List<List<PdfLayout.Run>>> breaker) {
    Key key = new Key(List.copyOf(runs), size, maxWidth);
    List<List<PdfLayout.Run>> lines = known.get(key);
    if (lines == null) {
      lines = breaker.get().stream().map(List::copyOf).toList();
      if (known.size() >= LIMIT) {
        known.clear();
      }
      known.put(key, lines);
    }
    return lines;
  }

  int size() {
    return known.size();
  }
}
