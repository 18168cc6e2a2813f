package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The practice store's commands, run in-process on a store made with few key derivation rounds. */
class StoreCommandsTest {

  private static final Path SAMPLE = Path.of("src/test/resources/store/v1-sample.csv");

  @TempDir Path temp;
  private Path store;
  private Path password;

  @BeforeEach
  void createStore() throws IOException {
    store = temp.resolve("store");
    password = temp.resolve("password.txt");
    Files.writeString(password, "practice password\n");
    TestStores.create(store, "practice password".toCharArray()).close();
  }

  /** Runs a command on the test's store, opened with the practice password. */
  private Cli.Result onTheStore(String... args) {
    List<String> command = new ArrayList<>(List.of(args));
    command.addAll(List.of("--store", store.toString(), "--password-file", password.toString()));
    return Cli.run(command.toArray(String[]::new));
  }

  @Test
  void importingTheSameExportAgainAddsNothing() {
    Cli.Result first = onTheStore("import", SAMPLE.toString());
    assertThat(first.exitCode()).isZero();
    assertThat(first.err())
        .contains(
            "2 rows read: 2 scored, 0 rejected",
            "2 responses added to the store, 0 already" + " there");
    Cli.Result second = onTheStore("import", SAMPLE.toString());
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).contains("0 responses added to the store, 2 already there");
  }

  @Test
  void aRowWithOtherAnswersForAStoredResponseIsAConflictNotAMerge() throws IOException {
    onTheStore("import", SAMPLE.toString());
    List<String> lines = Files.readAllLines(SAMPLE);
    String changed =
        lines.get(2).substring(0, lines.get(2).length() - 1)
            + (lines.get(2).endsWith("1") ? "2" : "1");
    Path edited = temp.resolve("edited.csv");
    Files.write(edited, List.of(lines.get(0), lines.get(1), changed));
    Cli.Result run = onTheStore("import", edited.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.ROWS_REJECTED);
    assertThat(run.err())
        .contains(
            "conflict: "
                + edited
                + ":3: the answers to need-for-solitude differ from those"
                + " stored for the same client and time (imported from "
                + SAMPLE.toAbsolutePath()
                + ":3)")
        .contains("0 responses added to the store, 1 already there, 1 conflict not stored")
        .doesNotContain("sam.ortega");
  }

  @Test
  void aWrongPasswordIsExitTwoWithAClearMessageAndChangesNothing() throws IOException {
    Path wrong = temp.resolve("wrong.txt");
    Files.writeString(wrong, "not it\n");
    byte[] before = Files.readAllBytes(store.resolve("practice.mv.db"));
    Cli.Result run =
        Cli.run(
            "import",
            SAMPLE.toString(),
            "--store",
            store.toString(),
            "--password-file",
            wrong.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "tandem: wrong password for the store "
                + store
                + "; nothing was changed. Give the"
                + " practice password with --password-file or TANDEM_PASSWORD"
                + System.lineSeparator());
    assertThat(Files.readAllBytes(store.resolve("practice.mv.db"))).isEqualTo(before);
  }

  @Test
  void clientsListsEachClientWithTheirDueDateAndForgetRemovesOne() {
    onTheStore("import", SAMPLE.toString());
    Cli.Result clients = onTheStore("clients");
    assertThat(clients.exitCode()).isZero();
    assertThat(clients.out().lines().toList()).hasSize(3);
    assertThat(clients.out())
        .containsPattern("robin.vale@example.net +Robin Vale +V01 +1 2026-01-10 +2026-04-10");
    Cli.Result forget = onTheStore("forget", "Robin Vale");
    assertThat(forget.exitCode()).isZero();
    assertThat(forget.out()).startsWith("Removed the client: 1 responses (1 to need-for-solitude)");
    Cli.Result after = onTheStore("clients");
    assertThat(after.out()).doesNotContain("robin.vale").contains("sam.ortega@example.net");
  }

  @Test
  void theExportIsReadAgainUnchangedAndStatsFromTheStoreMatchTheFile() throws IOException {
    onTheStore("import", SAMPLE.toString());
    Path export = temp.resolve("export.csv");
    Cli.Result exported =
        Cli.run(
            "export",
            "--store",
            store.toString(),
            "--password-file",
            password.toString(),
            "-o",
            export.toString());
    assertThat(exported.exitCode()).isZero();
    assertThat(Files.readAllLines(export).get(0))
        .startsWith("Respondent id,Name,Couple code,Submitted,sol01,sol02,");
    Cli.Result again = onTheStore("import", export.toString());
    assertThat(again.err()).contains("0 responses added to the store, 2 already there");
    Cli.Result overwrite =
        Cli.run(
            "export",
            "--store",
            store.toString(),
            "--password-file",
            password.toString(),
            "-o",
            export.toString());
    assertThat(overwrite.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    Cli.Result fromStore =
        Cli.run(
            "stats", "--store", store.toString(), "--password-file", password.toString(), "--json");
    Cli.Result fromFile = Cli.run("stats", SAMPLE.toString(), "--json");
    assertThat(fromStore.exitCode()).isZero();
    assertThat(fromStore.out()).isEqualTo(fromFile.out());
  }
}
