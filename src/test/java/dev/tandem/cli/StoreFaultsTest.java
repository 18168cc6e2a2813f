package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.store.PracticeStore;
import dev.tandem.store.TestStores;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store under faults, with the command line in a child JVM: killed outright in the middle of an
 * import, and importing while another Tandem has the store open.
 */
class StoreFaultsTest {

  private static final String PASSWORD = "practice password";
  private static final Path DEFINITION = Path.of("questionnaires/need-for-solitude.yaml");

  @TempDir Path temp;
  private Path store;

  @BeforeEach
  void createStore() {
    store = temp.resolve("store");
    TestStores.create(store, PASSWORD.toCharArray()).close();
  }

  /**
   * An export of {@code rows} clients' answers to need-for-solitude; the first row has no
   * respondent id when asked.
   */
  private Path export(String name, int rows, boolean firstRowRejected) throws IOException {
    Path file = temp.resolve(name);
    Random random = new Random(rows);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      StringBuilder header = new StringBuilder("Respondent id,Submitted");
      for (int item = 1; item <= 24; item++) {
        header.append(String.format(",sol%02d", item));
      }
      out.write(header + "\n");
      for (int row = 0; row < rows; row++) {
        StringBuilder line =
            new StringBuilder(firstRowRejected && row == 0 ? "" : name + "-client-" + row);
        line.append(",2026-02-03 10:00:00");
        for (int item = 0; item < 24; item++) {
          line.append(',').append(1 + random.nextInt(5));
        }
        out.write(line + "\n");
      }
    }
    return file;
  }

  private Process tandem(String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "dev.tandem.cli.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("TANDEM_PASSWORD", PASSWORD);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private static Map<String, Integer> storedPerFile(Path store) {
    Questionnaire solitude = QuestionnaireLoader.load(DEFINITION);
    Map<String, Integer> counts = new TreeMap<>();
    try (PracticeStore practice = PracticeStore.open(store, PASSWORD.toCharArray())) {
      practice.responses(List.of(solitude)).stream(
          new ResponseSink() {
            @Override
            public void response(Response response) {
              counts.merge(response.source().file().getFileName().toString(), 1, Integer::sum);
            }

            @Override
            public void rejection(Rejection rejection) {
              throw new AssertionError(rejection.toString());
            }
          });
    }
    return counts;
  }

  @Test
  void killedMidImportTheStoreOpensWithEveryCommittedFileWhole() throws Exception {
    Path first = export("first.csv", 300, false);
    Path second = export("second.csv", 60_000, true);
    Process importing =
        tandem(
            "import",
            first.toString(),
            second.toString(),
            "--store",
            store.toString(),
            "-q",
            DEFINITION.toString());
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(importing.getErrorStream(), StandardCharsets.UTF_8))) {
      // the second file's first row is rejected as soon as it is read: the first file is committed
      // by then
      String line;
      do {
        line = err.readLine();
      } while (line != null && !line.startsWith("rejected row: " + second));
      assertThat(line).as("the import reached the second file").isNotNull();
      importing.destroyForcibly();
    }
    assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(importing.exitValue()).as("killed, not finished").isEqualTo(137);
    Map<String, Integer> stored = storedPerFile(store);
    assertThat(stored.get("first.csv")).isEqualTo(300);
    // of the second file, only whole chunks (StoreImport.CHUNK, 10,000 responses) were committed,
    // if any
    assertThat(stored.getOrDefault("second.csv", 0) % 10_000).isZero();
  }

  @Test
  void anImportWhileTheStoreIsOpenElsewhereIsRefusedWithAClearMessage() throws Exception {
    Path file = export("file.csv", 10, false);
    try (PracticeStore open = PracticeStore.open(store, PASSWORD.toCharArray())) {
      assertThat(open.folder()).isEqualTo(store.toAbsolutePath().normalize());
      Process importing =
          tandem(
              "import", file.toString(), "--store", store.toString(), "-q", DEFINITION.toString());
      String err = new String(importing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(importing.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(importing.exitValue()).isEqualTo(ExitCode.BAD_INPUT);
      assertThat(err)
          .contains(
              "tandem: the store "
                  + store
                  + " is in use by another Tandem (the app, or an import"
                  + " still running); wait for it to finish, or close the app, and try again");
    }
    assertThat(storedPerFile(store)).isEmpty();
  }
}
