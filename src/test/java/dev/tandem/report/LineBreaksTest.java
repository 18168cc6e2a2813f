package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineBreaksTest {

  private static final List<PdfLayout.Run> TEXT =
      List.of(new PdfLayout.Run("Room to breathe", PdfLayout.Style.REGULAR));

  private final LineBreaks breaks = new LineBreaks();
  private final AtomicInteger broken = new AtomicInteger();

  private List<List<PdfLayout.Run>> lines(List<PdfLayout.Run> runs, float maxWidth) {
    return breaks.lines(
        runs,
        10f,
        maxWidth,
        () -> {
          broken.incrementAndGet();
          return List.of(List.of(runs.get(0)));
        });
  }

  @Test
  void theSameTextAtTheSameSizeAndWidthIsBrokenOnce() {
    List<List<PdfLayout.Run>> first = lines(TEXT, 200f);
    List<List<PdfLayout.Run>> again =
        lines(List.of(new PdfLayout.Run("Room to breathe", PdfLayout.Style.REGULAR)), 200f);

    assertThat(again).isEqualTo(first);
    assertThat(broken).hasValue(1);
  }

  @Test
  void anotherWidthOrStyleIsBrokenAgain() {
    lines(TEXT, 200f);
    lines(TEXT, 120f);
    lines(List.of(new PdfLayout.Run("Room to breathe", PdfLayout.Style.BOLD)), 200f);

    assertThat(broken).hasValue(3);
  }

  @Test
  void theMemoryIsBounded() {
    for (int i = 0; i <= LineBreaks.LIMIT; i++) {
      lines(List.of(new PdfLayout.Run("text " + i, PdfLayout.Style.REGULAR)), 200f);
    }

    assertThat(breaks.size()).isBetween(1, LineBreaks.LIMIT);
  }

  @Test
  void aRunKeepsItsLineBreaksToItselfAndTheNextRunStartsWithNone(@TempDir Path out) {
    ReportOptions run = ReportOptions.defaults(out).withFormats(Set.of(OutputFormat.PDF));
    ReportWriter.writeClient(
        ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 2, 3.4, 0.3, 7),
        ReportFixtures.questionnaires(),
        run);

    assertThat(run.withPaper(Paper.LETTER).lineBreaks().size()).isPositive();
    assertThat(ReportOptions.defaults(out).lineBreaks().size()).isZero();
  }
}
