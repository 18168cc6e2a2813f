package dev.tandem.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RespondentLogTest {

  @Test
  void findsEachRepeatedFingerprintOnceInAscendingOrder() {
    RespondentLog log = new RespondentLog();
    for (long value : new long[] {9, 3, -4, 3, 9, 9, 7}) {
      log.add(value << 20);
    }
    assertThat(log.repeated())
        .containsExactly(RespondentLog.key(3 << 20), RespondentLog.key(9 << 20));
  }

  @Test
  void findsRepeatsAcrossChunksOfTheLog() {
    RespondentLog log = new RespondentLog();
    long spread = 0x9E37_79B9_7F4A_7C15L;
    for (long i = 0; i < 2_500_000; i++) {
      log.add(i * spread);
    }
    log.add(5 * spread);
    log.add(1_400_000L * spread);
    log.add(5 * spread);
    log.add(2_400_000L * spread);
    long[] expected = {
      RespondentLog.key(5 * spread),
      RespondentLog.key(1_400_000L * spread),
      RespondentLog.key(2_400_000L * spread)
    };
    Arrays.sort(expected);
    assertThat(log.repeated()).containsExactly(expected);
  }

  @Test
  void findsNoRepeatAmongManyDifferentRespondents() {
    RespondentLog log = new RespondentLog();
    Random random = new Random(3);
    for (int i = 0; i < 1_200_000; i++) {
      log.add(random.nextLong());
    }
    assertThat(log.repeated()).isEmpty();
  }

  @Test
  void fingerprintsAgreeingInTheirTop48BitsAreTakenAsOneRespondent() {
    RespondentLog log = new RespondentLog();
    log.add(0x1234_5678_9ABC_0001L);
    log.add(0x1234_5678_9ABC_FFFFL);
    assertThat(log.repeated()).containsExactly(0x1234_5678_9ABCL);
  }

  @Test
  void findsRepeatsInALongRunOfKeysSharingTheirTopBits() {
    RespondentLog log = new RespondentLog();
    Random random = new Random(5);
    long run = 0xABCDL << 48;
    long low = run | 0x0000_7000_0000_0000L;
    long high = run | 0x0000_F000_0000_0000L;
    log.add(high);
    for (int i = 0; i < 1_000; i++) {
      log.add(run | random.nextLong() >>> 16);
    }
    log.add(low);
    log.add(high);
    log.add(low);
    assertThat(log.repeated()).containsExactly(RespondentLog.key(low), RespondentLog.key(high));
  }

  @Test
  void noRepeatsInAnEmptyLog() {
    assertThat(new RespondentLog().repeated()).isEmpty();
  }
}
