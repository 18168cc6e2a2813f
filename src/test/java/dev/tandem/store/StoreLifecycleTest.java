package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Migrations, backups, password changes and assessments taken in the session. */
class StoreLifecycleTest {

  private static final Path V1_STORE = Path.of("src/test/resources/store/v1");
  // made by the third schema's Tandem (main at 41bcf0f) from these two exports, with V1_PASSWORD
  private static final Path V3_STORE = Path.of("src/test/resources/store/v3");
  // made with main b231352 (schema V4): tandem import of the two exports below, one at a time
  private static final Path V4_STORE = Path.of("src/test/resources/store/v4");
  private static final List<Path> V3_EXPORTS =
      List.of(
          Path.of("src/test/resources/store/v1-sample.csv"),
          Path.of("src/test/resources/store/v3-wave2.csv"));
  private static final char[] V1_PASSWORD = "fixture password".toCharArray();
  private static final char[] PASSWORD = "a practice password".toCharArray();
  private static Questionnaire solitude;

  @TempDir Path temp;

  @BeforeAll
  static void load() {
    solitude = QuestionnaireLoader.load(Path.of("questionnaires/need-for-solitude.yaml"));
  }

  private Path copyOfV1Store() throws IOException {
    return copyOf(V1_STORE);
  }

  private Path copyOf(Path fixture) throws IOException {
    Path copy = temp.resolve(fixture.getFileName());
    Files.createDirectories(copy);
    for (String name : List.of(StoreKey.FILE_NAME, PracticeStore.DATABASE_FILE)) {
      Files.copy(fixture.resolve(name), copy.resolve(name));
    }
    return copy;
  }

  @Test
  void aStoreMadeByTheThirdSchemaKeepsEveryResponseWithItsFileAndLine() throws IOException {
    keepsEveryResponseOfTheExportsWithItsFileAndLine(V3_STORE);
  }

  @Test
  void aStoreMadeByTheFourthSchemaKeepsEveryResponseWithItsFileAndLineInBlocks()
      throws IOException {
    // the fifth migration packs the rows of a store made by main before blocks
    keepsEveryResponseOfTheExportsWithItsFileAndLine(V4_STORE);
    // and the store is compacted once they are packed: the old rows' pages are not kept
    assertThat(Files.size(temp.resolve("v4").resolve(PracticeStore.DATABASE_FILE)))
        .isLessThan(Files.size(V4_STORE.resolve(PracticeStore.DATABASE_FILE)) / 2);
  }

  private void keepsEveryResponseOfTheExportsWithItsFileAndLine(Path fixture) throws IOException {
    List<Response> exported =
        Importer.read(V3_EXPORTS, List.of(solitude), ImportOptions.defaults()).responses();
    assertThat(exported).hasSize(4);
    try (PracticeStore store = PracticeStore.open(copyOf(fixture), V1_PASSWORD)) {
      List<Response> stored = PracticeStoreTest.read(store, List.of(solitude));
      assertThat(stored).hasSize(exported.size());
      for (int i = 0; i < stored.size(); i++) {
        Response expected = exported.get(i);
        Response actual = stored.get(i);
        assertThat(actual.respondentId()).isEqualTo(expected.respondentId());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.coupleCode()).isEqualTo(expected.coupleCode());
        assertThat(actual.submitted()).isEqualTo(expected.submitted());
        assertThat(actual.answers()).isEqualTo(expected.answers());
        assertThat(actual.source().file().getFileName())
            .isEqualTo(expected.source().file().getFileName());
        assertThat(actual.source().line()).isEqualTo(expected.source().line());
      }
      assertThat(store.clients(RetestSchedule.DEFAULT).get(1).history())
          .extracting(a -> a.sourceFile().getFileName().toString())
          .containsExactly("v1-sample.csv", "v3-wave2.csv");
      // the keys came through too: the same exports again add nothing
      ImportReport again =
          store.importFiles(
              V3_EXPORTS,
              List.of(solitude),
              ImportOptions.defaults(),
              r -> {},
              c -> {
                throw new AssertionError(c.toString());
              });
      assertThat(again.added()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(exported.size());
    }
  }

  @Test
  void aStoreMadeByTheFirstSchemaOpensWithItsResponsesAndTakesAssessments() throws IOException {
    Path folder = copyOfV1Store();
    try (PracticeStore store = PracticeStore.open(folder, V1_PASSWORD)) {
      List<StoredClient> clients = store.clients(RetestSchedule.DEFAULT);
      assertThat(clients)
          .extracting(StoredClient::respondentId)
          .containsExactly("robin.vale@example.net", "sam.ortega@example.net");
      assertThat(clients.get(0).name()).contains("Robin Vale");
      assertThat(clients.get(0).coupleCode()).contains("V01");
      assertThat(clients.get(0).lastAssessed()).contains(LocalDateTime.of(2026, 1, 10, 9, 30));
      assertThat(clients.get(0).due()).contains(LocalDate.of(2026, 4, 10));
      // the second migration's table is there
      Session session =
          store
              .sessions()
              .start("robin.vale@example.net", Optional.empty(), Optional.empty(), solitude);
      assertThat(session.nextItem()).isZero();
    }
  }

  @Test
  void forgettingAFilesOnlyClientRemovesTheFileFromTheStore() throws Exception {
    List<String> wave2 = Files.readAllLines(V3_EXPORTS.get(1));
    Path named = temp.resolve("kai-lund.csv");
    Files.write(named, List.of(wave2.get(0), wave2.get(2)));
    try (PracticeStore store = TestStores.create(temp.resolve("store"), PASSWORD)) {
      store.importFiles(
          List.of(V3_EXPORTS.get(0), named),
          List.of(solitude),
          ImportOptions.defaults(),
          r -> {},
          c -> {});
      assertThat(sourceFiles(store)).hasSize(2).anyMatch(file -> file.endsWith("kai-lund.csv"));
      store.forget("kai.lund@example.net");
      assertThat(sourceFiles(store)).containsExactly(V3_EXPORTS.get(0).toAbsolutePath().toString());
    }
  }

  private static List<String> sourceFiles(PracticeStore store) throws Exception {
    List<String> files = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT file FROM import_source ORDER BY id")) {
      while (rows.next()) {
        files.add(rows.getString(1));
      }
    }
    return files;
  }

  @Test
  void anAssessmentIsSavedAnswerByAnswerResumedAndStoredWhenFinished() {
    Path folder = temp.resolve("store");
    String token;
    try (PracticeStore store = TestStores.create(folder, PASSWORD)) {
      Session session =
          store
              .sessions()
              .start("kit@example.org", Optional.of("Kit"), Optional.of("K9"), solitude);
      token = session.token();
      store.sessions().answer(token, solitude, 0, 4);
      store.sessions().answer(token, solitude, 1, 2);
      assertThatThrownBy(() -> store.sessions().answer(token, solitude, 2, 9))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("9.0 is not a point of need-for-solitude's response scale");
    }
    // the browser was closed: the store reopens with both answers, and starting again resumes
    try (PracticeStore store = PracticeStore.open(folder, PASSWORD)) {
      Session resumed =
          store.sessions().start("kit@example.org", Optional.empty(), Optional.empty(), solitude);
      assertThat(resumed.token()).isEqualTo(token);
      assertThat(resumed.nextItem()).isEqualTo(2);
      assertThat(resumed.answers().get(1)).isEqualTo(2.0);
      Response stored = store.sessions().finish(token, solitude);
      assertThat(store.sessions().find(token)).isEmpty();
      List<Response> all = PracticeStoreTest.read(store, List.of(solitude));
      assertThat(all).hasSize(1);
      assertThat(all.get(0).answers()).isEqualTo(stored.answers());
      assertThat(all.get(0).name()).contains("Kit");
      assertThat(all.get(0).source().file()).isEqualTo(Sessions.SOURCE);
    }
  }

  @Test
  void aBackupRestoresTheStoreOnlyWithItsPassword() {
    Path folder = temp.resolve("store");
    Path backup = temp.resolve("practice.tandem-backup");
    try (PracticeStore store = TestStores.create(folder, PASSWORD)) {
      store.importFiles(
          List.of(PracticeStoreTest.SAMPLE),
          List.of(solitude),
          ImportOptions.defaults(),
          r -> {},
          c -> {});
      store.backup(backup);
      assertThatThrownBy(() -> store.backup(backup))
          .isInstanceOf(StoreException.class)
          .hasMessage(
              "the backup file "
                  + backup
                  + " exists already; choose another name, nothing was overwritten");
    }
    Path restored = temp.resolve("restored");
    assertThatThrownBy(() -> StoreBackup.restore(backup, restored, "wrong".toCharArray()))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("wrong password for the store ");
    assertThat(restored).doesNotExist();
    StoreBackup.restore(backup, restored, PASSWORD);
    try (PracticeStore original = PracticeStore.open(folder, PASSWORD);
        PracticeStore copy = PracticeStore.open(restored, PASSWORD)) {
      assertThat(PracticeStoreTest.read(copy, List.of(solitude)))
          .hasSize(PracticeStoreTest.read(original, List.of(solitude)).size())
          .isNotEmpty();
    }
  }

  @Test
  void afterAChangeOfPasswordOnlyTheNewOneOpensTheStore() {
    Path folder = temp.resolve("store");
    try (PracticeStore store = TestStores.create(folder, PASSWORD)) {
      store.importFiles(
          List.of(PracticeStoreTest.SAMPLE),
          List.of(solitude),
          ImportOptions.defaults(),
          r -> {},
          c -> {});
    }
    char[] newPassword = "a new password".toCharArray();
    PracticeStore.changePassword(folder, PASSWORD, newPassword);
    assertThatThrownBy(() -> PracticeStore.open(folder, PASSWORD))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("wrong password for the store ");
    try (PracticeStore store = PracticeStore.open(folder, newPassword)) {
      assertThat(store.clients(RetestSchedule.DEFAULT)).isNotEmpty();
    }
  }

  @Test
  void theDueDateIsTheEarliestOfEachQuestionnairesLastAssessmentPlusItsDays() {
    RetestSchedule schedule = new RetestSchedule(id -> id.equals("a") ? 30 : 90);
    StoredClient client =
        StoredClient.of(
            "x",
            Optional.empty(),
            Optional.empty(),
            List.of(
                new StoredAssessment(
                    "a", Optional.of(LocalDateTime.of(2026, 1, 1, 9, 0)), Path.of("f"), 2),
                new StoredAssessment(
                    "a", Optional.of(LocalDateTime.of(2026, 3, 1, 9, 0)), Path.of("f"), 3),
                new StoredAssessment(
                    "b", Optional.of(LocalDateTime.of(2026, 2, 1, 9, 0)), Path.of("f"), 4)),
            schedule);
    assertThat(client.due()).contains(LocalDate.of(2026, 3, 31));
    assertThat(client.assessments()).isEqualTo(3);
    assertThat(client.lastAssessed()).contains(LocalDateTime.of(2026, 3, 1, 9, 0));
  }
}
