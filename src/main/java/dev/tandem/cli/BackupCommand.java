package dev.tandem.cli;

import dev.tandem.store.PracticeStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the practice store to one encrypted file. */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = {
      "Write the whole practice store to one file, encrypted as the store is (the practice password opens"
          + " it). tandem restore turns it back into a store. An existing file is never overwritten."
    })
final class BackupCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The backup file to write.")
  Path output;

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    try (PracticeStore practice = store.open()) {
      practice.backup(output);
    }
    spec.commandLine()
        .getErr()
        .println(
            "Wrote the backup of "
                + store.folder
                + " to "
                + output
                + ", encrypted with the practice password");
    return ExitCode.OK;
  }
}
