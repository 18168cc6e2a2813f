package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.file;
import static dev.tandem.ingest.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterIdentityTest {

  @TempDir Path dir;

  @Test
  void partnerEmailGivesBothPartnersTheSameCodeWithoutShowingTheEmails() {
    ImportResult result = read("partner-email.csv", SOLO);

    List<Response> rows = result.responses();
    assertThat(rows.get(0).coupleCode()).isPresent();
    assertThat(rows.get(0).coupleCode()).isEqualTo(rows.get(1).coupleCode());
    assertThat(rows.get(0).coupleCode().orElseThrow()).startsWith("P-").doesNotContain("example");
    assertThat(rows.get(2).coupleCode()).isEmpty();
    assertThat(
            Importer.detect(
                    List.of(file("partner-email.csv")), List.of(SOLO), ImportOptions.defaults())
                .files()
                .get(0)
                .identity())
        .containsEntry("partner's email (for the couple code)", "Partner's email address");
  }

  @Test
  void partnerEmailCodeIsKeyedSoNobodyCanConfirmAPairByHashingGuessedEmails() throws Exception {
    byte[] key = new byte[32];
    byte[] otherKey = new byte[32];
    otherKey[0] = 1;

    String code = partnerCode(key);

    String unkeyed =
        "P-"
            + HexFormat.of()
                .withUpperCase()
                .formatHex(
                    MessageDigest.getInstance("SHA-256")
                        .digest(
                            "anna@example.org\nben@example.org".getBytes(StandardCharsets.UTF_8)),
                    0,
                    5);
    assertThat(code).matches("P-[0-9A-F]{10}").isNotEqualTo(unkeyed);
    assertThat(partnerCode(key.clone()))
        .as("the same key gives the same code in every run")
        .isEqualTo(code);
    assertThat(partnerCode(otherKey)).as("another key gives another code").isNotEqualTo(code);
  }

  private static String partnerCode(byte[] key) {
    ImportOptions options =
        ImportOptions.defaults().withPartnerLinks(PartnerLinkCodes.keyed(() -> key));
    List<Response> rows =
        Importer.read(List.of(file("partner-email.csv")), List.of(SOLO), options).responses();
    assertThat(rows.get(0).coupleCode()).isEqualTo(rows.get(1).coupleCode());
    return rows.get(0).coupleCode().orElseThrow();
  }

  @Test
  void ambiguousSlashedDatesAreReadMonthFirstAndTheAssumptionIsNoted() {
    ImportResult result = read("dates-ambiguous.csv", SOLO);

    assertThat(result.responses())
        .extracting(r -> r.submitted().orElseThrow())
        .containsExactly(
            LocalDateTime.of(2026, 3, 4, 10, 15, 22), LocalDateTime.of(2026, 5, 6, 10, 15));
    assertThat(result.notes())
        .containsExactly(
            file("dates-ambiguous.csv")
                + ": dates such as 3/4/2026 in the"
                + " column \"Timestamp\" could be day/month or month/day; they were read as month/day (M/d/yyyy, as US"
                + " exports write them). If they are day/month, put \"dates: day-first\" in a --mapping file");
  }

  @Test
  void mappingFileCanSayThatDatesAreDayFirst() {
    ImportResult result =
        Importer.read(
            List.of(file("dates-ambiguous.csv")),
            List.of(SOLO),
            ImportOptions.defaults().withMapping(file("day-first-mapping.yaml")));

    assertThat(result.responses())
        .extracting(r -> r.submitted().orElseThrow())
        .containsExactly(
            LocalDateTime.of(2026, 4, 3, 10, 15, 22), LocalDateTime.of(2026, 6, 5, 10, 15));
    assertThat(result.notes()).isEmpty();
  }

  @Test
  void oneUnambiguousDateDecidesDayFirstForTheWholeFileAndABadDateIsACellRejection() {
    ImportResult result = read("dates-day-first.csv", SOLO);

    assertThat(result.responses())
        .extracting(r -> r.submitted().orElse(null))
        .containsExactly(
            LocalDateTime.of(2026, 4, 3, 10, 15),
            LocalDateTime.of(2026, 12, 25, 8, 0),
            LocalDateTime.of(2026, 12, 31, 23, 59, 59),
            null);
    assertThat(result.notes()).isEmpty();
    assertThat(Fixtures.messages(result))
        .containsExactly(
            file("dates-day-first.csv")
                + ":5:1 (column"
                + " \"Timestamp\"): the date and time is not one Tandem reads (such as 2026-03-04 10:15:22, 4/3/2026 10:15"
                + " as d/M/yyyy). Correct the cell; the row was scored without a date");
    assertThat(result.rejectedRows()).isZero();
  }

  @Test
  void streamingDeliversEachRowsCellRejectionsBeforeItsOutcomeAndCountsAddUp() {
    List<String> events = new ArrayList<>();
    ImportSummary summary =
        Importer.stream(
            List.of(file("row-problems.csv")),
            List.of(SOLO),
            ImportOptions.defaults(),
            new ResponseSink() {
              @Override
              public void response(Response response) {
                events.add("response " + response.source().line());
              }

              @Override
              public void rejection(Rejection rejection) {
                events.add(rejection.scope() + " " + rejection.position());
              }
            });

    assertThat(events)
        .containsExactly(
            "ROW " + file("row-problems.csv") + ":2:1",
            "ROW " + file("row-problems.csv") + ":3",
            "CELL " + file("row-problems.csv") + ":4:2",
            "CELL " + file("row-problems.csv") + ":4:3",
            "ROW " + file("row-problems.csv") + ":4",
            "response 6");
    assertThat(summary.rowsRead()).isEqualTo(4);
    assertThat(summary.accepted()).isEqualTo(1);
    assertThat(summary.rejectedRows()).isEqualTo(3);
    assertThat(summary.rejectedCells()).isEqualTo(2);
  }

  @Test
  void googleFormsSampleOfTheShippedInstrumentsImportsWithZeroConfiguration() throws IOException {
    List<Questionnaire> shipped = QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
    StringBuilder csv = new StringBuilder("Timestamp,Email address,Couple code");
    StringBuilder row = new StringBuilder("3/14/2026 10:15:22,anna@example.org,C01");
    int items = 0;
    for (Questionnaire q : shipped) {
      for (var item : q.items()) {
        csv.append(",\"").append(item.text().replace("\"", "\"\"")).append('"');
        row.append(",\"").append(q.responseScale().label(q.responseScale().max())).append('"');
        items++;
      }
    }
    Path file = dir.resolve("sample.csv");
    Files.writeString(file, csv + "\n" + row + "\n", StandardCharsets.UTF_8);

    Detection detection = Importer.detect(List.of(file), shipped, ImportOptions.defaults());
    ImportResult result = Importer.read(List.of(file), shipped, ImportOptions.defaults());

    assertThat(detection.questionnaireIds()).hasSize(shipped.size());
    assertThat(detection.files().get(0).matches()).hasSize(items);
    assertThat(detection.files().get(0).unmatched()).isEmpty();
    assertThat(result.rejections()).isEmpty();
    for (Questionnaire q : shipped) {
      Answers answers = result.responses().get(0).answersTo(q.id()).orElseThrow();
      assertThat(answers.answeredCount()).isEqualTo(q.items().size());
      assertThat(answers.get(0)).isEqualTo(q.responseScale().max());
    }
  }
}
