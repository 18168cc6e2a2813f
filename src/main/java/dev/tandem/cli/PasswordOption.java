package dev.tandem.cli;

import dev.tandem.report.output.OutputException;
import dev.tandem.report.output.ReportPassword;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The password of every command that writes client data ({@code @Mixin} it): from a file, or from
 * {@code TANDEM_PASSWORD}. There is deliberately no option that takes the password itself.
 */
final class PasswordOption {

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = {
        "Encrypt every workbook (AES-256) and PDF (AES-256) with the password on the first line of FILE.",
        "Or set the environment variable TANDEM_PASSWORD. Never type a password on the command line."
      })
  Path passwordFile;

  /** The password for this command, if any; a bad password file is a usage error. */
  Optional<ReportPassword> password(Map<String, String> environment) {
    try {
      return ReportPassword.resolve(Optional.ofNullable(passwordFile), environment);
    } catch (OutputException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
