package dev.tandem.cli;

import dev.tandem.store.PracticeStore;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The practice store a store command works on: its folder, required, and the practice password,
 * given as the reports' is.
 */
final class StoreAccess {

  @Option(
      names = "--store",
      required = true,
      paramLabel = "DIR",
      description = "The practice store's folder.")
  Path folder;

  @Mixin StorePasswordOption password = new StorePasswordOption();

  char[] password() {
    return password.password();
  }

  /** The store in the folder, opened with the practice password. */
  PracticeStore open() {
    return PracticeStore.open(folder, password());
  }

  /** The store in the folder, created there when the folder holds none. */
  PracticeStore openOrCreate() {
    return PracticeStore.openOrCreate(folder, password());
  }

  /** The same folder as the commands that read responses from files or a store take it. */
  StoreOptions asInput() {
    StoreOptions options = new StoreOptions();
    options.store = folder;
    return options;
  }
}
