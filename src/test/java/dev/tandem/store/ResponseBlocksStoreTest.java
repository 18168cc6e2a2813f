package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store of more responses than one block holds: what an import, a re-import and an erasure do.
 */
class ResponseBlocksStoreTest {

  private static final int CLIENTS = 1_234;
  private static List<Questionnaire> solitude;

  @TempDir Path temp;

  @BeforeAll
  static void load() {
    solitude = List.of(QuestionnaireLoader.load(Path.of("questionnaires/need-for-solitude.yaml")));
  }

  private static String row(int client, int answer) {
    return row(client, answer, "Client " + client, client % 2 == 0 ? "C" + client / 2 : "");
  }

  private static String row(int client, int answer, String name, String couple) {
    StringBuilder row =
        new StringBuilder(
            "2026-02-01 10:%02d:00,client%d@example.org,%s,%s"
                .formatted(client % 60, client, name, couple));
    for (int item = 0; item < 24; item++) {
      row.append(',').append(1 + (client + item + answer) % 5);
    }
    return row.toString();
  }

  private Path export(String name, List<String> rows) throws IOException {
    StringBuilder header = new StringBuilder("Submitted,Email address,Name,Couple code");
    for (int item = 1; item <= 24; item++) {
      header.append(",sol%02d".formatted(item));
    }
    List<String> lines = new ArrayList<>(List.of(header.toString()));
    lines.addAll(rows);
    return Files.write(temp.resolve(name), lines);
  }

  private ImportReport importInto(PracticeStore store, Path file, List<Conflict> conflicts) {
    return store.importFiles(
        List.of(file), solitude, ImportOptions.defaults(), r -> {}, conflicts::add);
  }

  @Test
  void responsesInSeveralBlocksAreFoundAgainKeptInOrderAndErasedOneByOne()
      throws IOException, SQLException {
    Path first = export("first.csv", IntStream.range(0, CLIENTS).mapToObj(c -> row(c, 0)).toList());
    Path second = export("second.csv", List.of(row(700, 1), row(CLIENTS, 0)));
    List<Conflict> conflicts = new ArrayList<>();
    try (PracticeStore store = TestStores.create(temp.resolve("store"), "pw".toCharArray())) {
      assertThat(importInto(store, first, conflicts).added()).isEqualTo(CLIENTS);

      ImportReport again = importInto(store, first, conflicts);
      assertThat(again.added()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(CLIENTS);

      ImportReport other = importInto(store, second, conflicts);
      assertThat(other.added()).isEqualTo(1);
      assertThat(other.conflicts()).isEqualTo(1);
      assertThat(conflicts)
          .singleElement()
          .satisfies(
              conflict -> {
                assertThat(conflict.row().line()).isEqualTo(2);
                assertThat(conflict.stored().file().getFileName()).hasToString("first.csv");
                assertThat(conflict.stored().line()).isEqualTo(702);
              });

      List<Response> stored = PracticeStoreTest.read(store, solitude);
      assertThat(stored)
          .extracting(Response::respondentId)
          .containsExactlyElementsOf(
              IntStream.rangeClosed(0, CLIENTS)
                  .mapToObj("client%d@example.org"::formatted)
                  .toList());
      assertThat(stored.get(700).coupleCode()).contains("C350");
      assertThat(stored.get(701).coupleCode()).isEmpty();

      Erasure erasure = store.forget("client700@example.org");
      assertThat(erasure.removedPerQuestionnaire()).containsEntry("need-for-solitude", 1);
      List<Response> left = PracticeStoreTest.read(store, solitude);
      assertThat(left)
          .hasSize(CLIENTS)
          .noneMatch(r -> r.respondentId().equals("client700@example.org"));
      assertThat(left.get(700).respondentId()).isEqualTo("client701@example.org");
      assertThat(left.get(700).source().line()).isEqualTo(703);
      assertThat(store.questionnaireIds()).containsExactly("need-for-solitude");
      // what a finished assessment checks before it is stored
      PackedResponse stored701 =
          new PackedResponse(
              "need-for-solitude",
              "client701@example.org",
              Optional.of(LocalDateTime.of(2026, 2, 1, 10, 41)),
              Optional.empty(),
              Optional.empty(),
              0,
              Answers.of(1));
      ResponseBlocks blocks = new ResponseBlocks(store.connection());
      assertThat(blocks.holdsKeyOf(stored701)).isTrue();
      assertThat(
              blocks.holdsKeyOf(
                  new PackedResponse(
                      stored701.questionnaireId(),
                      stored701.respondentId(),
                      Optional.of(LocalDateTime.of(2026, 2, 1, 10, 42)),
                      Optional.empty(),
                      Optional.empty(),
                      0,
                      Answers.of(1))))
          .isFalse();
      // the erased client's row of the first file is new to the store again
      assertThat(importInto(store, first, conflicts).added()).isEqualTo(1);
    }
  }

  @Test
  void longTextsMakeSmallerBlocksThatComeBackWholeAndAreErased() throws IOException, SQLException {
    // a name and a couple code of 30,000 characters, 60,000 bytes each: two such responses fit
    // under a block's cap, three do not
    List<String> names = IntStream.range(0, 7).mapToObj(c -> ("€" + c).repeat(15_000)).toList();
    Path file =
        export(
            "long.csv",
            IntStream.range(0, 7)
                .mapToObj(c -> row(c, 0, names.get(c), ("ü" + c).repeat(15_000)))
                .toList());
    Path folder = temp.resolve("store");
    char[] password = "pw".toCharArray();
    try (PracticeStore store = TestStores.create(folder, password)) {
      assertThat(importInto(store, file, new ArrayList<>()).added()).isEqualTo(7);

      assertThat(blockSizes(store))
          .hasSize(4)
          .allSatisfy(size -> assertThat(size).isBetween(100_000, ResponseBlock.MAX_BYTES));
      ImportReport again = importInto(store, file, new ArrayList<>());
      assertThat(again.added()).isZero();
      assertThat(again.alreadyStored()).isEqualTo(7);
      assertThat(PracticeStoreTest.read(store, solitude))
          .extracting(r -> r.name().orElseThrow())
          .containsExactlyElementsOf(names);

      assertThat(DecryptedFile.liveText(folder, password)).contains("client3@example.org");
      assertThat(store.forget("client3@example.org").removedPerQuestionnaire())
          .containsEntry("need-for-solitude", 1);
      assertThat(PracticeStoreTest.read(store, solitude)).hasSize(6);
      assertThat(blockSizes(store)).hasSize(4);
    }
    assertThat(DecryptedFile.liveText(folder, password)).doesNotContain("client3@example.org");
  }

  @Test
  void clientsReadInSmallWindowsAreListedAsInOneWholeAndInOrder() throws IOException {
    // the first file stores the clients in reverse order; the second assesses every third again
    Path first =
        export(
            "first.csv",
            IntStream.range(0, 300).map(c -> 299 - c).mapToObj(c -> row(c, 0)).toList());
    Path second =
        export(
            "second.csv",
            IntStream.range(0, 100)
                .mapToObj(c -> row(3 * c, 1).replaceFirst("2026-02-01", "2026-05-01"))
                .toList());
    try (PracticeStore store = TestStores.create(temp.resolve("store"), "pw".toCharArray())) {
      importInto(store, first, new ArrayList<>());
      importInto(store, second, new ArrayList<>());

      List<StoredClient> whole = store.clients(RetestSchedule.DEFAULT);
      assertThat(whole)
          .hasSize(300)
          .extracting(StoredClient::respondentId)
          .isSorted()
          .doesNotHaveDuplicates();
      assertThat(whole.get(0).assessments()).isEqualTo(2);
      assertThat(whole.get(1).assessments()).isEqualTo(1);
      for (int window : new int[] {1, 7, 1_000}) {
        List<StoredClient> windowed = new ArrayList<>();
        assertThat(
                ClientHistory.read(
                    store.connection(), RetestSchedule.DEFAULT, window, windowed::add))
            .isEqualTo(300);
        assertThat(windowed).as("a window of %d", window).isEqualTo(whole);
      }
    }
  }

  private static List<Integer> blockSizes(PracticeStore store) throws SQLException {
    List<Integer> sizes = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT OCTET_LENGTH(responses) FROM response_block")) {
      while (rows.next()) {
        sizes.add(rows.getInt(1));
      }
    }
    return sizes;
  }
}
