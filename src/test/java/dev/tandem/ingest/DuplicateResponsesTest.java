package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.TIES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Position;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response given twice (same respondent, questionnaire and submission time): the first row read
 * is scored, an exact repeat is dropped with a note, a repeat with other answers is rejected naming
 * both rows, and every row read is accounted for.
 */
class DuplicateResponsesTest {

  @TempDir Path dir;

  @Test
  void anExactRepeatIsDroppedWithANoteAndAConflictIsRejectedNamingBothRows() {
    Path file = Fixtures.file("duplicates.csv");

    ImportResult result = Fixtures.read("duplicates.csv", SOLO);

    assertThat(result.responses()).extracting(r -> r.source().line()).containsExactly(2, 3, 6);
    assertThat(Fixtures.messages(result))
        .containsExactly(
            file
                + ":5: the same respondent answered solo with the"
                + " same submission time in "
                + file
                + ":2, with different answers. Tandem scores the row read first and set"
                + " this one aside; if this row is the right one, delete the other from the export and import again");
    assertThat(result.notes())
        .contains(
            "1 row repeats an earlier row exactly (same respondent, questionnaire,"
                + " submission time and answers) and was dropped as a duplicate: "
                + file
                + ":4 (as "
                + file
                + ":2)");
    assertThat(result.accounting())
        .isEqualTo("5 rows read: 3 scored, 1 rejected, 1 dropped as a duplicate");
  }

  @Test
  void theSameExportImportedTwiceIsScoredOnce() throws IOException {
    Path first = Files.copy(Fixtures.file("duplicates.csv"), dir.resolve("march.csv"));
    Path second = Files.copy(first, dir.resolve("march-again.csv"));

    ImportResult result =
        Importer.read(List.of(first, second), List.of(SOLO), ImportOptions.defaults());

    assertThat(result.responses()).extracting(r -> r.source().file()).containsOnly(first);
    assertThat(result.accounting())
        .isEqualTo("10 rows read: 3 scored, 2 rejected, 5 dropped as duplicates");
    assertThat(result.notes())
        .anyMatch(
            note ->
                note.startsWith("5 rows repeat an earlier row exactly")
                    && note.contains(second + ":2 (as " + first + ":2)"));
  }

  @Test
  void rowsWithoutASubmissionTimeAreNeverTakenForRepeats() {
    ImportResult result = Fixtures.read("duplicates-no-time.csv", SOLO);

    assertThat(result.responses()).hasSize(2);
    assertThat(result.accounting()).isEqualTo("2 rows read: 2 scored, 0 rejected");
  }

  @Test
  void aRowThatRepeatsOneQuestionnaireKeepsItsNewAnswersToAnother() throws IOException {
    String solo = String.join(",", SOLO.items().stream().map(i -> i.id()).toList());
    String ties = String.join(",", TIES.items().stream().map(i -> i.id()).toList());
    String soloAnswers = "4,2,5,4";
    String tiesAnswers = "3,".repeat(TIES.items().size() - 1) + "3";
    Path file =
        Files.writeString(
            dir.resolve("two.csv"),
            "respondent_id,submitted_at,"
                + solo
                + ","
                + ties
                + "\n"
                + "c01,2026-03-02 10:00,"
                + soloAnswers
                + ","
                + ",".repeat(TIES.items().size() - 1)
                + "\n"
                + "c01,2026-03-02 10:00,"
                + soloAnswers
                + ","
                + tiesAnswers
                + "\n");

    ImportResult result =
        Importer.read(List.of(file), List.of(SOLO, TIES), ImportOptions.defaults());

    assertThat(result.responses()).hasSize(2);
    assertThat(result.responses().get(1).answersTo("solo")).isEmpty();
    assertThat(result.responses().get(1).answersTo("ties")).isPresent();
    assertThat(result.accounting()).isEqualTo("2 rows read: 2 scored, 0 rejected");
  }

  @Test
  void repeatsAreFoundAmongManyKeysAfterTheTableHasGrown() {
    DuplicateResponses duplicates = new DuplicateResponses(1);
    Path first = Path.of("first.csv");
    Path second = Path.of("second.csv");
    int count = 200_000;
    for (int i = 0; i < count; i++) {
      assertThat(duplicates.decide(response(first, i, i % 5 + 1)))
          .isInstanceOf(DuplicateResponses.Keep.class);
    }
    for (int i = 0; i < count; i++) {
      assertThat(duplicates.decide(response(second, i, i % 5 + 1)))
          .isInstanceOf(DuplicateResponses.Drop.class);
    }
    DuplicateResponses.Decision changed = duplicates.decide(response(second, 131_337, 1));

    assertThat(duplicates.dropped()).isEqualTo(count);
    assertThat(changed).isInstanceOf(DuplicateResponses.Conflict.class);
    assertThat(((DuplicateResponses.Conflict) changed).rejection().toString())
        .contains("in first.csv:131339, with different answers");
    assertThat(duplicates.note().orElseThrow()).contains("second.csv:2 (as first.csv:2)");
  }

  @Test
  void keysCrowdedAtTheEndOfASegmentAreAllFoundAfterItGrows() {
    DuplicateResponses.FingerprintTable table = new DuplicateResponses.FingerprintTable(1);
    int keys = 40;
    for (int i = 0; i < keys; i++) {
      long second = -1L - ((long) i << 40);
      assertThat(table.holds(table.find(0, second))).isFalse();
      table.put(0, second, i, 1000 + i);
    }
    for (int i = 0; i < keys; i++) {
      long found = table.find(0, -1L - ((long) i << 40));
      assertThat(table.holds(found)).isTrue();
      assertThat(table.position(found)).isEqualTo(1000 + i);
      assertThat(table.sameAnswers(found, i)).isTrue();
    }
  }

  /** Respondent {@code r<i>} on line i + 2 of the file, answering solo with {@code answer}. */
  private static Response response(Path file, int i, double answer) {
    return new Response(
        "r" + i,
        Optional.empty(),
        Optional.empty(),
        Optional.of(LocalDateTime.of(2026, 3, 2, 10, 0).plusMinutes(i % 7)),
        new Position(file, i + 2, 0),
        Map.of("solo", Answers.of(answer, answer, 3, Double.NaN)));
  }
}
