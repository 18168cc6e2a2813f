package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's security rules over raw HTTP: the token and cookie, the Host check, the Origin check,
 * the limits.
 */
class AppSecurityTest {

  @TempDir static Path folder;

  private static CoachApp app;
  private static String cookie;
  private static String host;
  private static String origin;

  @BeforeAll
  static void start() throws IOException {
    app = CoachApp.start(0, folder.resolve("reports"), Path.of("questionnaires"));
    host = "Host: 127.0.0.1:" + app.port();
    origin = "Origin: http://127.0.0.1:" + app.port();
    RawHttp.Answer exchanged =
        RawHttp.send(app.port(), "GET", app.url().getRawPath() + "?" + app.url().getRawQuery(), "");
    cookie = "Cookie: " + exchanged.header("Set-Cookie").split(";")[0];
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theTokenIsExchangedForAnHttpOnlyStrictCookieAndLeavesTheAddress() throws IOException {
    RawHttp.Answer answer =
        RawHttp.send(app.port(), "GET", "/responses?" + app.url().getRawQuery(), "");

    assertThat(answer.status()).isEqualTo(303);
    assertThat(answer.header("Location")).isEqualTo("/responses");
    assertThat(answer.header("Set-Cookie"))
        .contains("HttpOnly", "SameSite=Strict", "Path=/")
        .startsWith("tandem-" + app.port() + "=");
    assertThat(app.url().getQuery().substring("token=".length())).hasSizeGreaterThanOrEqualTo(22);
    assertThat(RawHttp.send(app.port(), "GET", "/responses", "", cookie).status()).isEqualTo(200);
  }

  @Test
  void everyPageWithoutTheTokenOrCookieIsForbidden() throws IOException {
    for (String path :
        new String[] {
          "/",
          "/responses",
          "/results",
          "/questionnaires",
          "/static/app.js",
          "/download/reports.zip",
          "/progress.json",
          "/no-such-page"
        }) {
      assertThat(RawHttp.send(app.port(), "GET", path, "").status()).as(path).isEqualTo(403);
    }
    assertThat(RawHttp.send(app.port(), "GET", "/responses?token=guessed", "").status())
        .isEqualTo(403);
    assertThat(
            RawHttp.send(
                    app.port(),
                    "GET",
                    "/responses",
                    "",
                    "Cookie: tandem-" + app.port() + "=guessed")
                .status())
        .isEqualTo(403);
  }

  @Test
  void anotherHostIsForbiddenEvenWithTheCookie() throws IOException {
    for (String wrong :
        new String[] {
          "Host: attacker.example:" + app.port(),
          "Host: 127.0.0.1:1",
          "Host: localhost",
          "Host: 192.168.1.5:" + app.port()
        }) {
      assertThat(RawHttp.send(app.port(), "GET", "/responses", "", wrong, cookie).status())
          .as(wrong)
          .isEqualTo(403);
    }
    assertThat(
            RawHttp.send(
                    app.port(), "GET", "/responses", "", "Host: localhost:" + app.port(), cookie)
                .status())
        .isEqualTo(200);
  }

  @Test
  void aChangeFromAnotherOriginOrWithoutOneIsForbiddenAndChangesNothing() throws IOException {
    String upload = "X-File-Name: clients.csv";
    String csv = String.join("\n", Files.readAllLines(Path.of("seeds/clients.csv")).subList(0, 3));

    assertThat(
            RawHttp.send(
                    app.port(),
                    "POST",
                    "/upload",
                    csv,
                    host,
                    cookie,
                    upload,
                    "Origin: http://attacker.example")
                .status())
        .isEqualTo(403);
    assertThat(
            RawHttp.send(
                    app.port(),
                    "POST",
                    "/upload",
                    csv,
                    host,
                    cookie,
                    upload,
                    "Origin: http://127.0.0.1:" + (app.port() + 1))
                .status())
        .isEqualTo(403);
    assertThat(RawHttp.send(app.port(), "POST", "/upload", csv, host, cookie, upload).status())
        .isEqualTo(403);
    assertThat(RawHttp.send(app.port(), "POST", "/quit", "", host, cookie, "Origin: null").status())
        .isEqualTo(403);
    assertThat(RawHttp.send(app.port(), "GET", "/responses", "", cookie).body())
        .contains("No exports added yet");
  }

  @Test
  void everyAnswerForbidsOtherOriginsInItsContentSecurityPolicy() throws IOException {
    for (String path :
        new String[] {"/responses", "/questionnaires", "/static/app.css", "/no-such-page"}) {
      String policy =
          RawHttp.send(app.port(), "GET", path, "", cookie).header("Content-Security-Policy");
      assertThat(policy)
          .as(path)
          .contains("default-src 'none'", "script-src 'self'", "style-src 'self'")
          .doesNotContain("http", "*", "unsafe");
    }
    assertThat(RawHttp.send(app.port(), "GET", "/responses", "").header("Content-Security-Policy"))
        .isEqualTo(Guard.CONTENT_SECURITY_POLICY);
  }

  @Test
  void anExportTooLargeOrOfAnotherKindIsRefusedAndNothingIsKept() throws IOException {
    RawHttp.Answer tooLarge =
        RawHttp.send(
            app.port(),
            "POST",
            "/upload",
            "",
            host,
            cookie,
            origin,
            "X-File-Name: big.csv",
            "Content-Length: " + (Workspace.MAX_FILE_BYTES + 1));
    RawHttp.Answer program =
        RawHttp.send(
            app.port(),
            "POST",
            "/upload",
            "MZ",
            host,
            cookie,
            origin,
            "X-File-Name: ..%2F..%2Frun.sh");

    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(program.body()).isEqualTo("{\"ok\":false}");
    assertThat(RawHttp.send(app.port(), "GET", "/responses", "", cookie).body())
        .contains("&quot;run.sh&quot; is not an export Tandem reads");
    try (Stream<Path> written = Files.walk(folder)) {
      assertThat(written.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void twoAppsHaveTheirOwnPortAndTokenAndRefuseEachOthersCookie() throws IOException {
    try (CoachApp other = CoachApp.start(0, folder.resolve("other"), Path.of("questionnaires"))) {
      assertThat(other.port()).isNotEqualTo(app.port());
      assertThat(other.url().getQuery()).isNotEqualTo(app.url().getQuery());
      String otherCookie = cookie.replace("tandem-" + app.port(), "tandem-" + other.port());
      assertThat(RawHttp.send(other.port(), "GET", "/responses", "", otherCookie).status())
          .isEqualTo(403);
    }
  }
}
