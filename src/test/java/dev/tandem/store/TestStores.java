package dev.tandem.store;

import java.nio.file.Path;

/**
 * Stores for tests, made with few key derivation rounds: the real count costs seconds on a loaded
 * machine. The count is kept in the store's key file, so every later opening is as quick.
 */
public final class TestStores {

  public static final int ITERATIONS = 1_000;

  private TestStores() {}

  public static PracticeStore create(Path folder, char[] password) {
    return PracticeStore.create(folder, password, ITERATIONS);
  }
}
