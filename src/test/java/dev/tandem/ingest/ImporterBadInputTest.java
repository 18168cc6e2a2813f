package dev.tandem.ingest;

import static dev.tandem.ingest.Fixtures.SOLO;
import static dev.tandem.ingest.Fixtures.file;
import static dev.tandem.ingest.Fixtures.messages;
import static dev.tandem.ingest.Fixtures.read;
import static dev.tandem.ingest.Fixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.DefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImporterBadInputTest {

  private static final String OPTIONS =
      "expected a whole number 1 to 5 or one of: Strongly disagree, Disagree,"
          + " Neither agree nor disagree, Agree, Strongly agree";

  @Test
  void raggedRowsAreRejectedWholeAndTheOthersScored() {
    ImportResult result = read("ragged.csv", SOLO);

    assertThat(result.responses()).extracting(Response::respondentId).containsExactly("c01");
    assertThat(result.rowsRead()).isEqualTo(3);
    assertThat(result.rejectedRows()).isEqualTo(2);
    assertThat(messages(result))
        .containsExactly(
            file("ragged.csv")
                + ":3: the row has 4 fields where the header has 5; a field may hold an unquoted"
                + " delimiter, or the row was cut short. Correct the row in the file (quote fields that contain the"
                + " delimiter) and import again",
            file("ragged.csv")
                + ":4: the row has 6 fields where the header has 5; a field may hold an unquoted"
                + " delimiter, or the row was cut short. Correct the row in the file (quote fields that contain the"
                + " delimiter) and import again");
  }

  @Test
  void unterminatedQuoteStopsTheImportAtTheRecordWhereItStarts() {
    assertThatThrownBy(() -> read("unterminated-quote.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file("unterminated-quote.csv")
                + ":3: a quoted field that starts in this record is never"
                + " closed, so the rest of the file cannot be split into rows; add the missing closing quote (\") in"
                + " the file, or save it again from the spreadsheet program");
  }

  @Test
  void twoColumnsHoldingTheSameItemStopTheImport() {
    assertThatThrownBy(() -> read("duplicate-header.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file("duplicate-header.csv")
                + ":1:4: columns 2 and 4 both hold item solo.s1 (headers \"s1\""
                + " and \"s1\"); if the form asks it more than once, say which column holds which item by its"
                + " position, with lines such as these under \"columns:\" in a --mapping file: \"#2\": solo.s1 and"
                + " \"#4\": ignore (or the id of the item that column holds)");
  }

  @Test
  void unknownLabelIsACellRejectionThatNamesTheColumnButNotTheAnswer() {
    ImportResult result = read("unknown-label.csv", SOLO);

    assertThat(messages(result))
        .containsExactly(
            file("unknown-label.csv")
                + ":2:4 (column \"Time on my own"
                + " leaves me restless rather...\"): the answer is not one of the options of solo; "
                + OPTIONS
                + ". Correct the cell or map the label in a --mapping file; the answer was treated as missing");
    assertThat(messages(result).get(0)).doesNotContain("Somewhat");
    Response row = result.responses().get(0);
    assertThat(row.answersTo("solo").orElseThrow().isMissing(1)).isTrue();
    assertThat(score(row, SOLO, "recharge")).isEqualTo(4.0);
  }

  @Test
  void numbersOutsideTheScaleOrNotWholeAreCellRejectionsNeverClamped() {
    ImportResult result = read("out-of-range.csv", SOLO);

    assertThat(messages(result))
        .containsExactly(
            file("out-of-range.csv")
                + ":2:3 (column \"s2\"): the answer is outside the response scale of solo; "
                + OPTIONS
                + ". Correct the cell; the answer was treated as missing, not rounded or clamped",
            file("out-of-range.csv")
                + ":2:4 (column \"s3\"): the answer is outside the response scale of solo; "
                + OPTIONS
                + ". Correct the cell; the answer was treated as missing, not rounded or clamped",
            file("out-of-range.csv")
                + ":2:5 (column \"s4\"): the answer is not a whole number; "
                + OPTIONS
                + ". Correct the cell; the answer was treated as missing, not rounded or clamped");
    assertThat(result.rejections()).noneMatch(Rejection::rejectsRow);
    Response row = result.responses().get(0);
    assertThat(score(row, SOLO, "recharge")).isEqualTo(4.0);
    assertThat(
            new dev.tandem.scoring.Scorer(SOLO)
                .score(row.answersTo("solo").orElseThrow())
                .scale("autonomy")
                .orElseThrow()
                .isScored())
        .isFalse();
  }

  @Test
  void rowsWithoutIdOrWithoutAnyUsableAnswerAreRejectedAndEmptyRowsSkipped() {
    ImportResult result = read("row-problems.csv", SOLO);

    assertThat(result.responses()).extracting(Response::respondentId).containsExactly("c04");
    assertThat(result.rowsRead()).isEqualTo(4);
    assertThat(result.rejectedRows()).isEqualTo(3);
    assertThat(result.rejections().stream().filter(Rejection::rejectsRow).count()).isEqualTo(3);
    assertThat(messages(result))
        .containsExactly(
            file("row-problems.csv")
                + ":2:1 (column \"respondent_id\"): the row has no respondent id. Fill in who"
                + " answered, or remove the row",
            file("row-problems.csv")
                + ":3: the row has no usable answer to any question of solo. Remove the row, or"
                + " check that its columns match the questionnaire (tandem validate --explain)",
            file("row-problems.csv")
                + ":4:2 (column \"s1\"): the answer is not one of the options of solo; "
                + OPTIONS
                + ". Correct the cell or map the label in a --mapping file; the answer was treated as missing",
            file("row-problems.csv")
                + ":4:3 (column \"s2\"): the answer is not one of the options of solo; "
                + OPTIONS
                + ". Correct the cell or map the label in a --mapping file; the answer was treated as missing",
            file("row-problems.csv")
                + ":4: the row has no usable answer to any question of solo. Remove the row, or"
                + " check that its columns match the questionnaire (tandem validate --explain)");
    assertThat(result.notes())
        .containsExactly(file("row-problems.csv") + ": 1 empty row was skipped");
  }

  @Test
  void emptyFileStopsTheImport() {
    assertThatThrownBy(() -> read("empty.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(file("empty.csv") + ": the file is empty; export the responses again");
  }

  @Test
  void headerOnlyFileStopsTheImport() {
    assertThatThrownBy(() -> read("header-only.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file("header-only.csv")
                + ": the file has a header but no responses; export it again once"
                + " clients have answered, or check that this is the right file");
  }

  @Test
  void fileWithoutMatchingColumnsStopsTheImport() {
    assertThatThrownBy(() -> read("typeform.csv", Fixtures.TIES))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file("typeform.csv")
                + ": no column matches an item of ties; check that -q names the right"
                + " questionnaire, or map the columns in a --mapping file (tandem validate --explain shows what matched)");
  }

  @Test
  void missingFileIsNamed() {
    assertThatThrownBy(() -> read("no-such-file.csv", SOLO))
        .isInstanceOf(ImportException.class)
        .hasMessage(file("no-such-file.csv") + ": the file does not exist; check the path");
  }

  @Test
  void idColumnOptionNamingNoColumnListsTheColumns() {
    ImportOptions options = ImportOptions.defaults().withIdColumn("Client");

    assertThatThrownBy(() -> Importer.read(List.of(file("bom.csv")), List.of(SOLO), options))
        .isInstanceOf(ImportException.class)
        .hasMessage(
            file("bom.csv")
                + ": --id-column names the column \"Client\", which this file does not have;"
                + " its columns begin \"respondent_id\", \"s1\", \"s2\", \"s3\", \"s4\"");
  }

  @Test
  void mappingToAnUnknownItemIsADefinitionProblemAtItsLine() {
    ImportOptions options = ImportOptions.defaults().withMapping(file("bad-mapping.yaml"));

    assertThatThrownBy(
            () -> Importer.read(List.of(file("custom-headers.csv")), List.of(SOLO), options))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            file("bad-mapping.yaml")
                + ":2:10: no item \"s9\" in the questionnaires used (solo); write an"
                + " item id, questionnaire-id.item-id, or ignore");
  }
}
