package dev.tandem.cli;

import dev.tandem.ingest.PartnerLinkCodes;
import dev.tandem.report.output.ReportPassword;
import dev.tandem.scoring.Pseudonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The confidentiality options of the commands that write reports ({@code @Mixin} them): encryption
 * with a password from a file or {@code TANDEM_PASSWORD}, and pseudonymised reports with the key
 * written apart. There is deliberately no option that takes a password itself.
 */
final class ProtectionOptions {

  static final String KEY_FILE_NAME = "tandem-key.xlsx";

  @Mixin PasswordOption passwordOption = new PasswordOption();

  @Option(
      names = "--pseudonymize",
      description =
          "Show stable client codes instead of names and emails in every report; the code-to-name key"
              + " goes to --key-file, to be kept apart from the reports.")
  boolean pseudonymize;

  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description =
          "Where --pseudonymize writes the key (default: "
              + KEY_FILE_NAME
              + " in the folder above the output folder, not among the reports).")
  Path keyFile;

  @Option(
      names = "--pseudonym-secret",
      paramLabel = "FILE",
      description =
          "The secret the client and couple codes, and the short suffixes of report file names, are made"
              + " from (default: ~/.tandem/pseudonym-secret, created on first use). Keep a backup: another secret gives"
              + " every client another code.")
  Path secretFile;

  /** The password for this run, if any; a bad password file is a usage error. */
  Optional<ReportPassword> password(Map<String, String> environment) {
    return passwordOption.password(environment);
  }

  /** The code maker when --pseudonymize is on. */
  Optional<Pseudonyms> pseudonyms() {
    return pseudonymize ? Optional.of(secret()) : Optional.empty();
  }

  /**
   * The coach's secret, read (or created on first use): it makes the client codes and keys the
   * short suffixes that keep report file names apart.
   */
  Pseudonyms secret() {
    try {
      return Pseudonyms.loadOrCreate(secretPath());
    } catch (IllegalStateException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /**
   * Codes for couples linked by partner e-mail, keyed by a key of their own made from this secret;
   * the secret is read (or created) only when the first such couple is met.
   */
  PartnerLinkCodes partnerLinks() {
    return PartnerLinkCodes.keyed(() -> secret().derivedKey("partner e-mails"));
  }

  /**
   * A warning when users other than the owner may read the secret; empty where there are no
   * permissions.
   */
  Optional<String> secretWarning() {
    Path secret = secretPath();
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(secret);
      if (permissions.contains(PosixFilePermission.OTHERS_READ)
          || permissions.contains(PosixFilePermission.GROUP_READ)) {
        return Optional.of(
            "warning: the pseudonym secret "
                + secret
                + " can be read by other users of this"
                + " computer, who could then tell which client a code stands for; make it yours only: chmod 600 "
                + secret);
      }
      return Optional.empty();
    } catch (UnsupportedOperationException | IOException e) {
      return Optional.empty();
    }
  }

  private Path secretPath() {
    return secretFile != null ? secretFile : Pseudonyms.defaultSecretFile();
  }

  /** Where the key goes for reports written to {@code outputFolder}. */
  Path keyFile(Path outputFolder) {
    if (keyFile != null) {
      return keyFile;
    }
    Path absolute = outputFolder.toAbsolutePath().normalize();
    Path above = absolute.getParent() != null ? absolute.getParent() : absolute;
    return above.resolve(KEY_FILE_NAME);
  }
}
