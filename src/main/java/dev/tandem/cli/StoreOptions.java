package dev.tandem.cli;

import dev.tandem.report.output.OutputException;
import dev.tandem.report.output.ReportPassword;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --store DIR} option of the commands that read or keep responses in the practice store.
 */
final class StoreOptions {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description =
          "The practice store: a folder holding an encrypted database of every response imported into it.")
  Path store;

  Optional<Path> folder() {
    return Optional.ofNullable(store);
  }

  /** The practice password, which every use of the store needs. */
  static char[] password(Optional<ReportPassword> password) {
    return password
        .orElseThrow(
            () ->
                new UsageException(
                    "the store is encrypted with the practice password; give"
                        + " it with --password-file FILE or the environment variable "
                        + ReportPassword.ENVIRONMENT_VARIABLE))
        .characters();
  }

  /**
   * The password from {@code --password-file} or {@code TANDEM_PASSWORD}; a bad file is a usage
   * error.
   */
  static Optional<ReportPassword> resolve(Optional<Path> file, Map<String, String> environment) {
    try {
      return ReportPassword.resolve(file, environment);
    } catch (OutputException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
