package dev.tandem.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The practice password of the commands that use the store but write no report, given as the
 * reports' is: a file, or {@code TANDEM_PASSWORD}; never on the command line.
 */
final class StorePasswordOption {

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "The practice password, on the first line of FILE. Or set TANDEM_PASSWORD.")
  Path passwordFile;

  char[] password() {
    return StoreOptions.password(
        StoreOptions.resolve(Optional.ofNullable(passwordFile), System.getenv()));
  }
}
