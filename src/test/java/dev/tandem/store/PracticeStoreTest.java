package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSink;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeStoreTest {

  static final Path SAMPLE = Path.of("seeds/clients.csv");
  static final char[] PASSWORD = "correct horse battery".toCharArray();
  static List<Questionnaire> questionnaires;

  @TempDir Path temp;

  @BeforeAll
  static void loadDefinitions() {
    questionnaires = QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
  }

  static List<Response> read(PracticeStore store, List<Questionnaire> questionnaires) {
    List<Response> responses = new ArrayList<>();
    store.responses(questionnaires).stream(
        new ResponseSink() {
          @Override
          public void response(Response response) {
            responses.add(response);
          }

          @Override
          public void rejection(Rejection rejection) {
            throw new AssertionError(rejection.toString());
          }
        });
    return responses;
  }

  @Test
  void importedResponsesComeBackAsTheyWereReadAndAgainAddNothing() {
    ImportResult direct = Importer.read(List.of(SAMPLE), questionnaires, ImportOptions.defaults());
    Path folder = temp.resolve("store");
    try (PracticeStore store = TestStores.create(folder, PASSWORD)) {
      ImportReport first =
          store.importFiles(
              List.of(SAMPLE),
              questionnaires,
              ImportOptions.defaults(),
              r -> {},
              c -> {
                throw new AssertionError(c.toString());
              });
      assertThat(first.alreadyStored()).isZero();
      assertThat(first.summary().rowsRead()).isEqualTo(direct.rowsRead());
      ImportReport second =
          store.importFiles(
              List.of(SAMPLE),
              questionnaires,
              ImportOptions.defaults(),
              r -> {},
              c -> {
                throw new AssertionError(c.toString());
              });
      assertThat(second.added()).isZero();
      assertThat(second.alreadyStored()).isEqualTo(first.added());
      List<Response> stored = read(store, questionnaires);
      assertThat(stored).hasSize(direct.responses().size());
      for (int i = 0; i < stored.size(); i++) {
        Response expected = direct.responses().get(i);
        Response actual = stored.get(i);
        assertThat(actual.respondentId()).isEqualTo(expected.respondentId());
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.coupleCode()).isEqualTo(expected.coupleCode());
        assertThat(actual.submitted()).isEqualTo(expected.submitted());
        assertThat(actual.source().line()).isEqualTo(expected.source().line());
        assertThat(actual.answers()).isEqualTo(expected.answers());
      }
    }
  }

  @Test
  void aWrongPasswordOpensNothing() {
    Path folder = temp.resolve("store");
    TestStores.create(folder, PASSWORD).close();
    assertThatThrownBy(() -> PracticeStore.open(folder, "wrong".toCharArray()))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "wrong password for the store "
                + folder
                + "; nothing was changed. Give the practice password"
                + " with --password-file or TANDEM_PASSWORD");
  }
}
