package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RespondentLogTest {

  @Test
  void findsEachRepeatedFingerprintOnceInAscendingOrder() {
    RespondentLog log = new RespondentLog();
    for (long value : new long[] {9, 3, -4, 3, 9, 9, 7}) {
      log.add(value);
    }
    assertThat(log.repeated()).containsExactly(3, 9);
  }

  @Test
  void findsRepeatsAcrossChunksOfTheLog() {
    RespondentLog log = new RespondentLog();
    for (long i = 0; i < 1_500_000; i++) {
      log.add(i * 7919);
    }
    log.add(5 * 7919);
    log.add(1_400_000L * 7919);
    log.add(5 * 7919);
    assertThat(log.repeated()).containsExactly(5 * 7919, 1_400_000L * 7919);
  }

  @Test
  void noRepeatsInAnEmptyLog() {
    assertThat(new RespondentLog().repeated()).isEmpty();
  }
}
