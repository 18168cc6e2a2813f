package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing about a client is readable in the store's files, and a forgotten client is gone from
 * them.
 */
class StoreConfidentialityTest {

  private static final char[] PASSWORD = "a practice password".toCharArray();
  private static List<Questionnaire> questionnaires;
  private static List<String> identities;

  @TempDir Path temp;

  @BeforeAll
  static void read() throws IOException {
    questionnaires = QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
    // every email and name of the sample (couple codes such as C01 are too short to look for in
    // random bytes)
    try (Stream<String> lines = Files.lines(PracticeStoreTest.SAMPLE)) {
      identities =
          lines
              .skip(1)
              .flatMap(line -> Stream.of(line.split(",")).skip(1).limit(2))
              .distinct()
              .toList();
    }
  }

  private static String bytesOf(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return all.toString();
  }

  private static PracticeStore sampleStore(Path folder) {
    PracticeStore store = TestStores.create(folder, PASSWORD);
    store.importFiles(
        List.of(PracticeStoreTest.SAMPLE),
        questionnaires,
        ImportOptions.defaults(),
        r -> {},
        c -> {});
    return store;
  }

  @Test
  void noEmailOrNameOfTheSampleIsInTheStoreOrItsBackup() throws IOException {
    assertThat(identities).contains("alex.berg@example.org", "Alex Berg").hasSizeGreaterThan(90);
    Path folder = temp.resolve("store");
    try (PracticeStore store = sampleStore(folder)) {
      store.backup(temp.resolve("practice.backup"));
    }
    String stored = bytesOf(temp);
    assertThat(identities).noneMatch(stored::contains);
    // the check can fail: the same bytes decrypted hold them
    String decrypted = DecryptedFile.text(folder, PASSWORD);
    assertThat(identities).allMatch(decrypted::contains);
  }

  @Test
  void aForgottenClientIsNoLongerInTheDatabaseFileOnceDecrypted() {
    Path folder = temp.resolve("store");
    try (PracticeStore store = sampleStore(folder)) {
      assertThat(DecryptedFile.text(folder, PASSWORD))
          .contains("alex.berg@example.org", "Alex Berg");
      assertThat(DecryptedFile.liveText(folder, PASSWORD))
          .contains("alex.berg@example.org", "Alex Berg");
      Erasure erasure = store.forget("Alex Berg");
      assertThat(erasure.responsesRemoved()).isPositive();
      assertThat(store.clients(RetestSchedule.DEFAULT))
          .noneMatch(c -> c.respondentId().equals("alex.berg@example.org"));
      // read while the store is still open: closing H2 compacts a little on its own. No page
      // written before the erasure (uncompressed, as the first check saw) is left in the file
      assertThat(DecryptedFile.text(folder, PASSWORD))
          .doesNotContain("alex.berg@example.org")
          .doesNotContain("Alex Berg");
      // and the live data, which the compaction wrote compressed, no longer holds the client
      assertThat(DecryptedFile.liveText(folder, PASSWORD))
          .doesNotContain("alex.berg@example.org")
          .doesNotContain("Alex Berg")
          .contains("sam.ivanova@example.org", "alex.khan24@example.org");
    }
  }
}
