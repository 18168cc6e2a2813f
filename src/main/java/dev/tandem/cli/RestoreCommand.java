package dev.tandem.cli;

import dev.tandem.store.StoreBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Turns a backup back into a practice store, in a new folder. */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description = {
      "Restore a backup written by tandem backup into a new, empty folder. The backup's password is checked"
          + " first; nothing is written when it is wrong."
    })
final class RestoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The backup file.")
  Path backup;

  @Mixin StoreAccess store = new StoreAccess();

  @Override
  public Integer call() {
    StoreBackup.restore(backup, store.folder, store.password());
    spec.commandLine().getErr().println("Restored the store into " + store.folder);
    return ExitCode.OK;
  }
}
