package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.BOTH;
import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.TIES;
import static dev.tandem.ingest.Fixtures.read;
import static dev.tandem.ingest.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterLayoutsTest {

  @Test
  void googleFormsExportWithLabelsAndTwoQuestionnairesImportsWithoutConfiguration() {
    ImportResult result = read("google-forms.csv", SOLO, TIES);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.rowsRead()).isEqualTo(3);
    List<Response> rows = result.responses();
    Response anna = rows.get(0);
    assertThat(anna.respondentId()).isEqualTo("anna@example.org");
    assertThat(anna.coupleCode()).contains("AB12");
    assertThat(anna.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 15, 22));
    assertThat(anna.source().line()).isEqualTo(2);
    assertThat(score(anna, SOLO, "recharge")).isEqualTo(4.5);
    assertThat(score(anna, SOLO, "autonomy")).isEqualTo(4.5);
    assertThat(score(anna, TIES, "bond")).isEqualTo(17.0);
    Response ben = rows.get(1);
    assertThat(score(ben, SOLO, "recharge")).isEqualTo(2.0);
    assertThat(score(ben, SOLO, "autonomy")).isEqualTo(2.5);
    assertThat(score(ben, TIES, "bond")).isEqualTo(5.0);
    Response annaAgain = rows.get(2);
    assertThat(annaAgain.respondentId()).isEqualTo("anna@example.org");
    assertThat(annaAgain.answersTo("ties")).isEmpty();
    assertThat(score(annaAgain, SOLO, "recharge")).isEqualTo(4.5);
  }

  @Test
  void googleFormsColumnsMatchByTextThroughGridAndParenthesisHints() {
    Detection detection =
        Importer.detect(List.of(Fixtures.file("google-forms.csv")), BOTH, ImportOptions.defaults());

    FileLayout layout = detection.files().get(0);
    assertThat(layout.layout()).isEqualTo("Google Forms");
    assertThat(layout.format()).isEqualTo("UTF-8, comma-separated");
    assertThat(layout.matches())
        .extracting(ColumnMatch::column, ColumnMatch::itemId, ColumnMatch::how)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4, "s1", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(5, "s2", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(6, "s3", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(7, "s4", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(8, "t1", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(9, "t2", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple(10, "t3", MatchKind.TEXT));
    assertThat(layout.identity())
        .containsExactly(
            java.util.Map.entry("respondent id", "Email address"),
            java.util.Map.entry("couple code", "Couple code"),
            java.util.Map.entry("time", "Timestamp"));
    assertThat(detection.questionnaireIds()).containsExactly("solo", "ties");
  }

  @Test
  void limeSurveyExportMatchesArraySubquestionCodesAndTakesTheSubmitDate() {
    ImportResult result = read("limesurvey.csv", SOLO);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.responses()).extracting(Response::respondentId).containsExactly("1", "2");
    Response first = result.responses().get(0);
    assertThat(first.coupleCode()).contains("AB12");
    assertThat(first.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 5));
    assertThat(score(first, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(first, SOLO, "autonomy")).isEqualTo(5.0);
    assertThat(result.responses().get(1).submitted())
        .contains(LocalDateTime.of(2026, 3, 15, 21, 40, 12));
    FileLayout layout =
        Importer.detect(List.of(Fixtures.file("limesurvey.csv")), BOTH, ImportOptions.defaults())
            .files()
            .get(0);
    assertThat(layout.layout()).isEqualTo("LimeSurvey");
    assertThat(layout.unmatched()).isEmpty();
    assertThat(layout.matches())
        .extracting(ColumnMatch::itemId)
        .containsExactly("s1", "s2", "s3", "s4");
    assertThat(layout.matches()).extracting(ColumnMatch::how).containsOnly(MatchKind.ID);
  }

  @Test
  void surveyMonkeyTwoHeaderRowsMatchTheMatrixStatements() {
    ImportResult result = read("surveymonkey.csv", SOLO);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("114000001", "114000002");
    Response first = result.responses().get(0);
    assertThat(first.source().line()).isEqualTo(3);
    assertThat(first.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 9, 45));
    assertThat(score(first, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(first, SOLO, "autonomy")).isEqualTo(4.0);
    Response second = result.responses().get(1);
    assertThat(second.submitted()).contains(LocalDateTime.of(2026, 3, 14, 23, 7, 13));
    assertThat(score(second, SOLO, "recharge")).isEqualTo(1.0);
    assertThat(score(second, SOLO, "autonomy")).isEqualTo(2.5);
  }

  @Test
  void qualtricsThreeHeaderRowsMatchMatrixStatementsAndImportIds() {
    ImportResult result = read("qualtrics.csv", SOLO);
    Detection detection =
        Importer.detect(
            List.of(Fixtures.file("qualtrics.csv")), List.of(SOLO), ImportOptions.defaults());

    assertThat(result.rejections()).isEmpty();
    Response first = result.responses().get(0);
    assertThat(first.respondentId()).isEqualTo("R_1abcDEF");
    assertThat(first.source().line()).isEqualTo(4);
    assertThat(first.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 9, 46));
    assertThat(score(first, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(score(first, SOLO, "autonomy")).isEqualTo(4.5);
    assertThat(score(result.responses().get(1), SOLO, "autonomy")).isEqualTo(1.0);
    FileLayout layout = detection.files().get(0);
    assertThat(layout.layout()).isEqualTo("Qualtrics");
    assertThat(layout.headerRows()).isEqualTo(3);
    assertThat(layout.matches())
        .extracting(ColumnMatch::itemId, ColumnMatch::how)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("s1", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple("s2", MatchKind.TEXT),
            org.assertj.core.groups.Tuple.tuple("s3", MatchKind.IMPORT_ID),
            org.assertj.core.groups.Tuple.tuple("s4", MatchKind.TEXT));
    assertThat(layout.unmatched()).isEmpty();
  }

  @Test
  void qualtricsLegacyTwoRowExportIsRead() {
    ImportResult result = read("qualtrics-legacy.csv", SOLO);

    assertThat(result.rejections()).isEmpty();
    Response only = result.responses().get(0);
    assertThat(only.respondentId()).isEqualTo("R_9xyz");
    assertThat(only.source().line()).isEqualTo(3);
    assertThat(score(only, SOLO, "recharge")).isEqualTo(3.0);
    assertThat(score(only, SOLO, "autonomy")).isEqualTo(3.0);
  }

  @Test
  void typeformUsesTheEmailHiddenFieldAndFallsBackToTheResponseToken() {
    ImportResult result = read("typeform.csv", SOLO);

    assertThat(result.rejections()).isEmpty();
    assertThat(result.responses())
        .extracting(Response::respondentId)
        .containsExactly("cleo@example.org", "p1d9e8b7c6");
    Response cleo = result.responses().get(0);
    assertThat(cleo.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 3, 10));
    assertThat(score(cleo, SOLO, "recharge")).isEqualTo(3.0);
    assertThat(score(cleo, SOLO, "autonomy")).isEqualTo(1.5);
  }

  @Test
  void plainCsvWithItemIdsAsHeaders() {
    ImportResult result = read("plain-ids.csv", SOLO, TIES);

    assertThat(result.rejections()).isEmpty();
    Response first = result.responses().get(0);
    assertThat(first.respondentId()).isEqualTo("c01");
    assertThat(first.coupleCode()).contains("K1");
    assertThat(first.submitted()).isEmpty();
    assertThat(score(first, SOLO, "recharge")).isEqualTo(5.0);
    assertThat(score(first, TIES, "bond")).isEqualTo(21.0);
    Response second = result.responses().get(1);
    assertThat(second.answersTo("solo").orElseThrow().isMissing(2)).isTrue();
    assertThat(score(second, SOLO, "autonomy")).isEqualTo(2.0);
    assertThat(score(second, TIES, "bond")).isCloseTo(3.0, within(1e-12));
  }

  @Test
  void mappingFileMapsHeadersLabelsAndIdentityColumns() {
    ImportOptions options =
        ImportOptions.defaults().withMapping(Fixtures.file("custom-mapping.yaml"));

    ImportResult result =
        Importer.read(List.of(Fixtures.file("custom-headers.csv")), List.of(SOLO), options);
    Detection detection =
        Importer.detect(List.of(Fixtures.file("custom-headers.csv")), List.of(SOLO), options);

    assertThat(result.rejections()).isEmpty();
    Response only = result.responses().get(0);
    assertThat(only.respondentId()).isEqualTo("77");
    assertThat(only.coupleCode()).contains("Z9");
    assertThat(only.submitted()).contains(LocalDateTime.of(2026, 3, 14, 10, 15));
    assertThat(score(only, SOLO, "recharge")).isEqualTo(3.5);
    assertThat(score(only, SOLO, "autonomy")).isEqualTo(4.0);
    assertThat(detection.files().get(0).matches())
        .extracting(ColumnMatch::how)
        .containsOnly(MatchKind.MAPPING);
    assertThat(detection.files().get(0).unmatched()).isEmpty();
  }
}
