package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

  @Test
  void everyFingerprintAddedIsFoundInItsBlockAfterTheTableGrew() {
    KeyIndex index = new KeyIndex(4);
    for (long fingerprint = 1; fingerprint <= 10_000; fingerprint++) {
      index.add(fingerprint * 0x9e3779b97f4a7c15L, (int) (fingerprint / 500) + 1);
    }
    for (long fingerprint = 1; fingerprint <= 10_000; fingerprint++) {
      assertThat(index.blocks(fingerprint * 0x9e3779b97f4a7c15L))
          .containsExactly((int) (fingerprint / 500) + 1);
    }
    assertThat(index.blocks(10_001 * 0x9e3779b97f4a7c15L)).isEmpty();
  }

  @Test
  void aFingerprintInSeveralBlocksNamesEachOnce() {
    KeyIndex index = new KeyIndex(16);
    index.add(42, 1);
    index.add(42, 1);
    index.add(42, 3);
    index.add(42, 2);
    // neighbours in the table are not disturbed
    index.add(42 + 16, 5);

    assertThat(index.blocks(42)).containsExactly(1, 3, 2);
    assertThat(index.blocks(42 + 16)).containsExactly(5);
  }
}
