package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ValidateCommandTest {

  private static final String DIR = "src/test/resources/ingest/";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = TandemCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 3];
    all[0] = "validate";
    all[1] = "--definitions";
    all[2] = DIR + "questionnaires";
    System.arraycopy(args, 0, all, 3, args.length);
    return commandLine.execute(all);
  }

  @Test
  void explainShowsLayoutIdentityAndHowEachColumnMatched() {
    int code = run(DIR + "google-forms.csv", "--explain");

    assertThat(code).isZero();
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            String.join(
                "\n",
                DIR + "google-forms.csv",
                "  layout: Google Forms, 1 header row; read as UTF-8, comma-separated",
                "  identity: respondent id = \"Email address\", couple code = \"Couple code\", time = \"Timestamp\"",
                "  dates: read as M/d/yyyy HH:mm:ss (a time zone, if shown, is not used: times are kept as the export"
                    + " shows them)",
                "  COLUMN  HEADER                                       ITEM                            MATCHED BY",
                "       4  After a busy week, time by myself is wha...  solo.s1                         text",
                "       5  Time on my own leaves me restless rather...  solo.s2                         text",
                "       6  Interests [It matters to me to have inte...  solo.s3                         text",
                "       7  I want to see some friends without my pa...  solo.s4                         text",
                "       8  We do almost everything together.            ties.t1                         text",
                "       9  I miss my partner within hours of being ...  ties.t2                         text",
                "      10  I like seeing my partner from across a r...  ties.t3                         text",
                "",
                "Questionnaires: solo, ties",
                "3 rows read: 3 scored, 0 rejected",
                ""));
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void explainListsQuestionColumnsThatMatchNothing() {
    int code = run(DIR + "surveymonkey.csv", "--explain", "-q", "solo");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "  layout: SurveyMonkey, 2 header rows; read as UTF-8, comma-separated\n"
                + "  identity: respondent id = \"Email Address\", respondent id when anonymous = \"Respondent ID\","
                + " time = \"End Date\"\n");
    assertThat(out.toString())
        .contains(
            "  question columns that match no item (map them in a --mapping file, or"
                + " ignore them):\n      14  \"Anything else?\"\n");
  }

  @Test
  void explainShowsWhatWasDetectedBeforeAFileStops() {
    int code = run(DIR + "duplicate-header.csv", "--explain", "-q", "solo");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString().replace("\r\n", "\n"))
        .isEqualTo(
            DIR
                + "duplicate-header.csv\n"
                + "  read as UTF-8, comma-separated\n"
                + "  layout: plain table, 1 header row\n"
                + "  identity: respondent id = \"respondent_id\"\n"
                + "  stopped: see the message below\n");
    assertThat(err.toString()).contains("columns 2 and 4 both hold item solo.s1");
  }

  @Test
  void aFileWithoutAnIdentityColumnIsValidatedRowByRowWithANote() {
    int without =
        run(
            "src/test/resources/ingest/real-layouts/google-forms-blocks.csv",
            "--explain",
            "-q",
            "src/test/resources/ingest/real-layouts/questionnaires/blocks.yaml",
            "--mapping",
            "src/test/resources/ingest/real-layouts/google-forms-blocks-mapping.yaml");

    assertThat(without).isZero();
    assertThat(out.toString())
        .contains("  identity: time = \"Timestamp\"\n")
        .contains(
            "Note: "
                + "src/test/resources/ingest/real-layouts/google-forms-blocks.csv: no column says who answered, so each"
                + " row was taken as its own respondent");
  }

  @Test
  void mappingKindsAreNamedInTheExplanation() {
    int code =
        run(DIR + "custom-headers.csv", "--explain", "--mapping", DIR + "custom-mapping.yaml");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "       4  Q-A                                          solo.s1"
                + "                         mapping\n");
  }

  @Test
  void rejectedRowsAreListedAndExitWithThree() {
    int code = run(DIR + "ragged.csv");

    assertThat(code).isEqualTo(3);
    assertThat(out.toString())
        .isEqualTo(
            "Questionnaires: solo\n"
                + "Rejected:\n"
                + "  row    "
                + DIR
                + "ragged.csv:3: the row has 4 fields where the header has 5; a field may hold an unquoted"
                + " delimiter, or the row was cut short. Correct the row in the file (quote fields that contain the delimiter)"
                + " and import again\n"
                + "  row    "
                + DIR
                + "ragged.csv:4: the row has 6 fields where the header has 5; a field may hold an unquoted"
                + " delimiter, or the row was cut short. Correct the row in the file (quote fields that contain the delimiter)"
                + " and import again\n"
                + "3 rows read: 1 scored, 2 rejected\n");
  }

  @Test
  void cellRejectionsAloneStillExitWithZero() {
    int code = run(DIR + "out-of-range.csv");

    assertThat(code).isZero();
    assertThat(out.toString())
        .endsWith("1 row read: 1 scored, 0 rejected (3 answers set aside as missing)\n");
  }

  @Test
  void unusableFileExitsWithTwoAndSaysWhy() {
    int code = run(DIR + "empty.csv");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "tandem: " + DIR + "empty.csv: the file is empty; export the responses" + " again\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void unknownEncodingIsAUsageError() {
    int code = run(DIR + "bom.csv", "--encoding", "klingon");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString())
        .isEqualTo(
            "tandem: --encoding klingon is not an encoding Java knows; use a name such"
                + " as UTF-8, windows-1252 or ISO-8859-1\n");
  }
}
