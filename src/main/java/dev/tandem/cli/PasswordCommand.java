package dev.tandem.cli;

import dev.tandem.report.output.ReportPassword;
import dev.tandem.store.PracticeStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Changes the practice store's password. */
@Command(
    name = "password",
    mixinStandardHelpOptions = true,
    description = {
      "Change the practice store's password: the store is encrypted again under the new one. The current"
          + " password comes with --password-file or TANDEM_PASSWORD, the new one with --new-password-file or"
          + " TANDEM_NEW_PASSWORD. Backups made before keep the old password."
    })
final class PasswordCommand implements Callable<Integer> {

  static final String NEW_PASSWORD_VARIABLE = "TANDEM_NEW_PASSWORD";

  @Spec CommandSpec spec;

  @Mixin StoreAccess store = new StoreAccess();

  @Option(
      names = "--new-password-file",
      paramLabel = "FILE",
      description =
          "The new password, on the first line of FILE. Or set " + NEW_PASSWORD_VARIABLE + ".")
  Path newPasswordFile;

  @Override
  public Integer call() {
    char[] current = store.password();
    String variable = System.getenv(NEW_PASSWORD_VARIABLE);
    char[] replacement =
        StoreOptions.resolve(
                Optional.ofNullable(newPasswordFile),
                variable == null ? Map.of() : Map.of(ReportPassword.ENVIRONMENT_VARIABLE, variable))
            .orElseThrow(
                () ->
                    new UsageException(
                        "give the new password with --new-password-file FILE or the"
                            + " environment variable "
                            + NEW_PASSWORD_VARIABLE))
            .characters();
    PracticeStore.changePassword(store.folder, current, replacement);
    spec.commandLine()
        .getErr()
        .println(
            "Changed the password of the store "
                + store.folder
                + "; backups made before still open with the old one");
    return ExitCode.OK;
  }
}
