package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Band;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ChartCacheTest {

  private static ChartImage image(int bytes) {
    return new ChartImage(new byte[bytes], 1, 1, 1f, 1f);
  }

  @Test
  void aPictureAskedForAgainIsNotDrawnAgain() {
    ChartCache cache = new ChartCache(1000);
    AtomicInteger drawn = new AtomicInteger();
    ChartImage first = cache.image("bar 3.5", () -> image(drawn.incrementAndGet()));
    ChartImage again = cache.image("bar 3.5", () -> image(drawn.incrementAndGet()));
    ChartImage other = cache.image("bar 4.0", () -> image(drawn.incrementAndGet()));
    assertThat(again).isSameAs(first);
    assertThat(other).isNotSameAs(first);
    assertThat(drawn).hasValue(2);
  }

  @Test
  void theLeastRecentlyUsedPicturesGoWhenTheBytesExceedTheBudget() {
    ChartCache cache = new ChartCache(250);
    cache.image("a", () -> image(100));
    cache.image("b", () -> image(100));
    cache.image("a", () -> image(100));
    cache.image("c", () -> image(100));
    assertThat(cache.size()).isEqualTo(2);
    AtomicInteger drawn = new AtomicInteger();
    cache.image("a", () -> image(drawn.incrementAndGet()));
    cache.image("b", () -> image(drawn.incrementAndGet()));
    assertThat(drawn).hasValue(1);
  }

  @Test
  void clientsWithTheSameScoreOnTheSameScaleShareOneScoreBarAndOthersDoNot() {
    List<Band> bands =
        List.of(
            new Band(1, 2.5, "Low", "Low guidance", Optional.empty(), List.of()),
            new Band(2.5, 5, "High", "High guidance", Optional.empty(), List.of()));
    ClientHandout.ScaleBlock anna = block("Need for solitude", 3.5, bands);
    ClientHandout.ScaleBlock ben = block("Need for solitude", 3.5, bands);
    ClientHandout.ScaleBlock cleo = block("Need for solitude", 2.0, bands);
    ChartImage annas = ScoreBar.image(anna, 300f);
    assertThat(ScoreBar.image(ben, 300f)).isSameAs(annas);
    assertThat(ScoreBar.image(cleo, 300f).scanlines()).isNotEqualTo(annas.scanlines());
    assertThat(ScoreBar.image(anna, 280f).pixelWidth()).isLessThan(annas.pixelWidth());
  }

  private static ClientHandout.ScaleBlock block(String name, double score, List<Band> bands) {
    Optional<Band> band =
        bands.stream().filter(b -> score >= b.from() && score <= b.to()).findFirst();
    return new ClientHandout.ScaleBlock(
        name, "", OptionalDouble.of(score), 1, 5, bands, band, Optional.empty());
  }
}
