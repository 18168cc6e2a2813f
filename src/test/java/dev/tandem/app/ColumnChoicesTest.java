package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.cli.TandemCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The column choices over raw HTTP: the mapping file the app saves is one that {@code tandem
 * validate --mapping} accepts and reads the same way; choices from another origin, or naming a
 * column the files do not have, are refused, and choices the files do not read with are shown with
 * the problem; neither changes the choices kept.
 */
class ColumnChoicesTest {

  private static final Path EXPORT = Path.of("src/test/resources/app/one-unmatched-column.csv");
  private static final String UNMATCHED = "Looking forward to time just us two";
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

  @TempDir static Path folder;

  private static CoachApp app;
  private static String cookie;
  private static String origin;

  @BeforeAll
  static void addTheExport() throws IOException {
    app = CoachApp.start(0, folder.resolve("reports"), Path.of("questionnaires"));
    origin = "Origin: http://127.0.0.1:" + app.port();
    RawHttp.Answer exchanged = RawHttp.send(app.port(), "GET", "/?" + app.url().getRawQuery(), "");
    cookie = "Cookie: " + exchanged.header("Set-Cookie").split(";")[0];
    RawHttp.Answer upload =
        RawHttp.send(
            app.port(),
            "POST",
            "/upload",
            Files.readString(EXPORT),
            cookie,
            origin,
            "X-File-Name: " + EXPORT.getFileName());
    assertThat(upload.body()).isEqualTo("{\"ok\":true}");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theSavedMappingFileIsWhatValidateMappingAcceptsAndReadsTheSameWay() throws IOException {
    RawHttp.Answer saved = choose(origin, "Client number", UNMATCHED);
    assertThat(saved.status()).isEqualTo(303);
    RawHttp.Answer download =
        RawHttp.send(app.port(), "GET", "/" + ColumnChoices.FILE_NAME, "", cookie);
    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"tandem-mapping.yaml\"");
    Path mapping = Files.writeString(folder.resolve("downloaded.yaml"), download.body());

    StringWriter out = new StringWriter();
    CommandLine tandem = TandemCommand.commandLine();
    tandem.setOut(new PrintWriter(out, true));
    tandem.setErr(new PrintWriter(out, true));
    int exit =
        tandem.execute(
            "validate",
            EXPORT.toString(),
            "--explain",
            "--mapping",
            mapping.toString(),
            "-q",
            "closeness-desire");

    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString())
        .containsPattern("respondent id = \"Client number\"")
        .containsPattern("couple code = \"Our pair\"")
        .containsPattern("Looking forward to time just us two.*cd15.*mapping")
        .doesNotContain("match no item");
  }

  @Test
  void choicesFromAnotherOriginOrForAColumnTheFilesLackAreRefused() throws IOException {
    assertThat(choose("Origin: http://evil.example", "Client number", UNMATCHED).status())
        .isEqualTo(403);
    assertThat(choose(origin, "Client number", "A column nobody has").status()).isEqualTo(400);
    assertThat(choose(origin, "../../etc/passwd", UNMATCHED).status()).isEqualTo(400);
  }

  @Test
  void choicesTheFilesDoNotReadWithAreShownWithTheProblemAndNotKept() throws IOException {
    assertThat(choose(origin, "Client number", UNMATCHED, "closeness-desire.cd03").status())
        .isEqualTo(303);

    assertThat(RawHttp.send(app.port(), "GET", "/responses", "", cookie).body())
        .contains("both hold item closeness-desire.cd03", "Your choices were not kept")
        .doesNotContain(".tandem-app");
    assertThat(RawHttp.send(app.port(), "GET", "/" + ColumnChoices.FILE_NAME, "", cookie).body())
        .doesNotContain("cd03");
  }

  private static RawHttp.Answer choose(String from, String idHeader, String column)
      throws IOException {
    return choose(from, idHeader, column, "closeness-desire.cd15");
  }

  private static RawHttp.Answer choose(String from, String idHeader, String column, String item)
      throws IOException {
    String body =
        "id="
            + encode(idHeader)
            + "&couple="
            + encode("Our pair")
            + "&time="
            + encode("Timestamp")
            + "&"
            + encode(ColumnChoices.ITEM_FIELD + column)
            + "="
            + encode(item);
    return RawHttp.send(app.port(), "POST", "/mapping", body, cookie, from, FORM);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
