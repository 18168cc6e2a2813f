package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class ProtectionOptionsTest {

  @Command(name = "holder")
  static final class Holder {
    @Mixin ProtectionOptions protection;
  }

  @TempDir Path folder;

  private static ProtectionOptions parse(String... args) {
    Holder holder = new Holder();
    new CommandLine(holder).parseArgs(args);
    return holder.protection;
  }

  @Test
  void noOptionsMeanPlainNamedReports() {
    ProtectionOptions options = parse();

    assertThat(options.password(Map.of())).isEmpty();
    assertThat(options.pseudonyms()).isEmpty();
  }

  @Test
  void thePasswordComesFromTheFile() throws IOException {
    Path file = Files.writeString(folder.resolve("pw"), "s3cret\n");

    assertThat(parse("--password-file", file.toString()).password(Map.of())).isPresent();
  }

  @Test
  void aMissingPasswordFileIsAUsageError() {
    Path file = folder.resolve("pw");

    assertThatThrownBy(() -> parse("--password-file", file.toString()).password(Map.of()))
        .isInstanceOf(UsageException.class)
        .hasMessage(file + ": the password file does not exist; check the path");
  }

  @Test
  void thereIsNoOptionThatTakesThePasswordItself() {
    assertThatThrownBy(() -> parse("--password", "s3cret"))
        .isInstanceOf(CommandLine.UnmatchedArgumentException.class);
  }

  @Test
  void pseudonymsUseTheChosenSecretFile() {
    Path secret = folder.resolve("secret");

    assertThat(parse("--pseudonymize", "--pseudonym-secret", secret.toString()).pseudonyms())
        .isPresent();
    assertThat(secret).exists();
  }

  @Test
  void aBrokenSecretFileIsAUsageError() throws IOException {
    Path secret = Files.writeString(folder.resolve("secret"), "oops");

    assertThatThrownBy(
            () -> parse("--pseudonymize", "--pseudonym-secret", secret.toString()).pseudonyms())
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith(secret + " is not a pseudonym secret written by Tandem");
  }

  @Test
  void theKeyGoesAboveTheOutputFolderUnlessChosen() {
    Path reports = folder.resolve("reports");

    assertThat(parse().keyFile(reports)).isEqualTo(folder.resolve("tandem-key.xlsx"));
    assertThat(parse("--key-file", "/safe/key.xlsx").keyFile(reports))
        .isEqualTo(Path.of("/safe/key.xlsx"));
  }
}
