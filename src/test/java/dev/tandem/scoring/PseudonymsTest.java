package dev.tandem.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {

  private static final byte[] SECRET = filled(7);

  @TempDir Path folder;

  private static byte[] filled(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  private static Client client(String id, String name) {
    Response response =
        new Response(
            id,
            Optional.of(name),
            Optional.empty(),
            Optional.empty(),
            new Position(Path.of("clients.csv"), 2, 0),
            Map.of());
    return new Client(
        id, Optional.of(name), Optional.empty(), List.of(new Assessment(response, List.of())));
  }

  @Test
  void codesAreEightCrockfordCharactersInTwoGroups() {
    String code = Pseudonyms.withSecret(SECRET).codeFor("anna@example.org");

    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
  }

  @Test
  void theSameIdGetsTheSameCodeWhateverItsCaseAndSpaces() {
    Pseudonyms pseudonyms = Pseudonyms.withSecret(SECRET);

    assertThat(pseudonyms.codeFor(" Anna@Example.org "))
        .isEqualTo(pseudonyms.codeFor("anna@example.org"));
    assertThat(pseudonyms.codeFor("ben@example.org"))
        .isNotEqualTo(pseudonyms.codeFor("anna@example.org"));
  }

  @Test
  void anotherSecretGivesOtherCodes() {
    assertThat(Pseudonyms.withSecret(filled(8)).codeFor("anna@example.org"))
        .isNotEqualTo(Pseudonyms.withSecret(SECRET).codeFor("anna@example.org"));
  }

  @Test
  void theSecretFileIsCreatedOwnerOnlyAndGivesTheSameCodesNextRun() throws IOException {
    Path file = folder.resolve("home").resolve(".tandem").resolve("pseudonym-secret");

    String first = Pseudonyms.loadOrCreate(file).codeFor("anna@example.org");
    String second = Pseudonyms.loadOrCreate(file).codeFor("anna@example.org");

    assertThat(second).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
        .isEqualTo("rwx------");
    assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
  }

  @Test
  void aFileThatIsNotASecretIsRefused() throws IOException {
    Path file = Files.writeString(folder.resolve("pseudonym-secret"), "not hex at all");

    assertThatThrownBy(() -> Pseudonyms.loadOrCreate(file))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            file
                + " is not a pseudonym secret written by Tandem; restore it from your backup,"
                + " or move it away to start new codes (every client then gets a new code)");
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> Pseudonyms.withSecret(new byte[16]))
        .hasMessage("a pseudonym secret has at least 32 bytes");
  }

  @Test
  void theKeyListsEveryClientOnceSortedByCode() {
    Pseudonyms pseudonyms = Pseudonyms.withSecret(SECRET);

    List<Pseudonyms.KeyEntry> key =
        pseudonyms.keyFor(
            List.of(
                client("anna@example.org", "Anna A."),
                client("ben@example.org", "Ben B."),
                client("ANNA@example.org", "Anna A.")));

    assertThat(key)
        .extracting(Pseudonyms.KeyEntry::respondentId)
        .containsExactlyInAnyOrder("anna@example.org", "ben@example.org");
    assertThat(key).extracting(Pseudonyms.KeyEntry::code).isSorted();
    assertThat(key)
        .filteredOn(e -> e.respondentId().equals("ben@example.org"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).isEqualTo(pseudonyms.codeFor("ben@example.org"));
              assertThat(e.name()).contains("Ben B.");
            });
  }

  @Test
  void twoClientsSharingACodeStopTheRunWithoutNamingThem() {
    // a colliding pair under SECRET, found by search (40-bit codes collide after about a million
    // ids)
    Pseudonyms pseudonyms = Pseudonyms.withSecret(SECRET);
    assertThat(pseudonyms.codeFor("client450757@example.org"))
        .isEqualTo(pseudonyms.codeFor("client704412@example.org"));

    assertThatThrownBy(
            () ->
                pseudonyms.keyFor(
                    List.of(
                        client("client450757@example.org", "One"),
                        client("client704412@example.org", "Two"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "two clients would share the code M46P-ZX08; move the pseudonym secret away to draw new codes for everyone");
  }

  @Test
  void keyEntriesAndTheCodeMakerKeepTheirSecretsOutOfLogs() {
    assertThat(new Pseudonyms.KeyEntry("M46P-ZX08", "anna@example.org", Optional.of("Anna")))
        .hasToString("KeyEntry[M46P-ZX08]");
    assertThat(Pseudonyms.withSecret(SECRET)).hasToString("Pseudonyms[secret hidden]");
  }

  @Test
  void aPseudonymisedClientCarriesTheCodeAndNoNameOrEmailAnywhere() {
    Pseudonyms pseudonyms = Pseudonyms.withSecret(SECRET);
    Client anna = client("anna@example.org", "Anna A.");

    Client coded = pseudonyms.pseudonymize(anna);

    String code = pseudonyms.codeFor("anna@example.org");
    assertThat(coded.id()).isEqualTo(code);
    assertThat(coded.name()).isEmpty();
    assertThat(coded.latest().response().respondentId()).isEqualTo(code);
    assertThat(coded.latest().response().name()).isEmpty();
    assertThat(coded.latest().response().source()).isEqualTo(anna.latest().response().source());
  }

  @Test
  void aPseudonymisedCohortKeepsItsAccounting() {
    Pseudonyms pseudonyms = Pseudonyms.withSecret(SECRET);
    Client anna = client("anna@example.org", "Anna A.");
    dev.tandem.ingest.ImportResult imported =
        new dev.tandem.ingest.ImportResult(
            List.of(anna.latest().response()), List.of(), 1, List.of("a note"));

    ScoredCohort coded =
        pseudonyms.pseudonymize(new ScoredCohort(List.of(), List.of(anna), imported));

    assertThat(coded.clients())
        .extracting(Client::id)
        .containsExactly(pseudonyms.codeFor("anna@example.org"));
    assertThat(coded.imported().responses())
        .extracting(Response::respondentId)
        .containsExactly(pseudonyms.codeFor("anna@example.org"));
    assertThat(coded.imported().responses()).allSatisfy(r -> assertThat(r.name()).isEmpty());
    assertThat(coded.imported().rowsRead()).isEqualTo(1);
    assertThat(coded.imported().notes()).containsExactly("a note");
  }

  @Test
  void runsCreatingTheSecretAtOnceAllGetTheSameOneAndNoneReadsItHalfWritten() throws Exception {
    Path file = folder.resolve("new-home").resolve("pseudonym-secret");
    int runs = 8;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(runs);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Future<String>> codes = new java.util.ArrayList<>();
      for (int i = 0; i < runs; i++) {
        codes.add(
            pool.submit(
                () -> {
                  start.await();
                  return Pseudonyms.loadOrCreate(file).codeFor("anna@example.org");
                }));
      }
      start.countDown();
      java.util.Set<String> distinct = new java.util.HashSet<>();
      for (java.util.concurrent.Future<String> code : codes) {
        distinct.add(code.get());
      }
      assertThat(distinct).hasSize(1);
      assertThat(distinct)
          .containsExactly(Pseudonyms.loadOrCreate(file).codeFor("anna@example.org"));
      try (java.util.stream.Stream<Path> left = Files.list(file.getParent())) {
        assertThat(left).containsExactly(file);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
