package dev.tandem.report.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPasswordTest {

  @TempDir Path folder;

  @Test
  void thePasswordFileWinsOverTheEnvironmentAndLosesItsLineEnding() throws IOException {
    Path file = Files.writeString(folder.resolve("password.txt"), "from file\r\n");

    Optional<ReportPassword> password =
        ReportPassword.resolve(Optional.of(file), Map.of("TANDEM_PASSWORD", "from environment"));

    assertThat(password).map(ReportPassword::value).contains("from file");
  }

  @Test
  void theEnvironmentIsUsedWithoutAFile() {
    assertThat(ReportPassword.resolve(Optional.empty(), Map.of("TANDEM_PASSWORD", "s3cret")))
        .map(ReportPassword::value)
        .contains("s3cret");
  }

  @Test
  void noFileAndNoVariableMeansNoPassword() {
    assertThat(ReportPassword.resolve(Optional.empty(), Map.of())).isEmpty();
  }

  @Test
  void anEmptyVariableIsAnError() {
    assertThatThrownBy(
            () -> ReportPassword.resolve(Optional.empty(), Map.of("TANDEM_PASSWORD", "")))
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "TANDEM_PASSWORD is set but empty; set it to the password or unset it to write reports without one");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = folder.resolve("nope.txt");

    assertThatThrownBy(() -> ReportPassword.resolve(Optional.of(file), Map.of()))
        .hasMessage(file + ": the password file does not exist; check the path");
  }

  @Test
  void anEmptyFileIsAnError() throws IOException {
    Path file = Files.writeString(folder.resolve("password.txt"), "\n");

    assertThatThrownBy(() -> ReportPassword.resolve(Optional.of(file), Map.of()))
        .hasMessage(file + ": the password file is empty; put the password on its first line");
  }

  @Test
  void aFileWithSeveralLinesIsAnErrorThatDoesNotShowThem() throws IOException {
    Path file = Files.writeString(folder.resolve("password.txt"), "hunter2\nmy note\n");

    assertThatThrownBy(() -> ReportPassword.resolve(Optional.of(file), Map.of()))
        .hasMessage(
            file + ": the password file has more than one line; put only the password in it");
  }

  @Test
  void aBigFileIsTheWrongFile() throws IOException {
    Path file = Files.writeString(folder.resolve("report.csv"), "x".repeat(10_000));

    assertThatThrownBy(() -> ReportPassword.resolve(Optional.of(file), Map.of()))
        .hasMessage(file + ": this password file is too long; put only the password in it");
  }

  @Test
  void thePasswordNeverShowsInText() {
    assertThat(ReportPassword.of("hunter2")).hasToString("ReportPassword[hidden]");
  }
}
