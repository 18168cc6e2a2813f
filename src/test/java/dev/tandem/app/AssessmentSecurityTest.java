package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The security rules of an assessment in session over raw HTTP: an answer needs the form's own
 * header and the app's origin, the client's page allows no other origin, and the coach's pages stay
 * closed until the coach comes back with the token.
 */
class AssessmentSecurityTest {

  private static final Pattern HEADER_VALUE = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");

  @TempDir static Path folder;

  private static CoachApp app;
  private static String cookie;
  private static String origin;
  private static String page;
  private static String answerHeader;

  @BeforeAll
  static void startAnAssessment() throws IOException {
    TestStores.create(folder.resolve("practice"), "practice password".toCharArray()).close();
    app =
        CoachApp.start(
            0, folder.resolve("reports"), Path.of("questionnaires"), folder.resolve("practice"));
    origin = "Origin: http://127.0.0.1:" + app.port();
    RawHttp.Answer exchanged = RawHttp.send(app.port(), "GET", "/?" + app.url().getRawQuery(), "");
    cookie = "Cookie: " + exchanged.header("Set-Cookie").split(";")[0];
    String form = "Content-Type: application/x-www-form-urlencoded";
    assertThat(
            RawHttp.send(
                    app.port(),
                    "POST",
                    "/practice/open",
                    "password=practice+password",
                    cookie,
                    origin,
                    form)
                .status())
        .isEqualTo(303);
    RawHttp.Answer started =
        RawHttp.send(
            app.port(),
            "POST",
            "/assessment/start",
            "client=&code=c-201&couple=&questionnaire=closeness-desire",
            cookie,
            origin,
            form);
    assertThat(started.status()).isEqualTo(303);
    page = started.header("Location");
    assertThat(page).startsWith("/assessment/");
    Matcher value = HEADER_VALUE.matcher(RawHttp.send(app.port(), "GET", page, "", cookie).body());
    assertThat(value.find()).isTrue();
    answerHeader = AssessmentPage.HEADER + ": " + value.group(1);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anAnswerWithoutTheFormsHeaderOrFromAnotherOriginIsRefusedAndNotSaved() throws IOException {
    String answer = "{\"column\":\"cd01\",\"value\":4}";
    String json = "Content-Type: application/json";

    assertThat(post(answer, cookie, origin, json).status()).isEqualTo(403);
    assertThat(post(answer, cookie, origin, json, AssessmentPage.HEADER + ": guessed").status())
        .isEqualTo(403);
    assertThat(post(answer, cookie, "Origin: http://attacker.example", json, answerHeader).status())
        .isEqualTo(403);
    assertThat(post(answer, cookie, json, answerHeader).status()).isEqualTo(403);
    assertThat(RawHttp.send(app.port(), "GET", page, "", cookie).body()).contains("\"saved\":{}");

    assertThat(post(answer, cookie, origin, json, answerHeader).status()).isEqualTo(200);
    assertThat(RawHttp.send(app.port(), "GET", page, "", cookie).body())
        .contains("\"saved\":{\"cd01\":4}");
    assertThat(
            post("{\"column\":\"cd01\",\"value\":99}", cookie, origin, json, answerHeader).status())
        .isEqualTo(400);
  }

  @Test
  void theClientsPageAllowsOnlyItsOwnScriptStyleAndOrigin() throws IOException {
    RawHttp.Answer client = RawHttp.send(app.port(), "GET", page, "", cookie);

    assertThat(client.header("Content-Security-Policy"))
        .contains("default-src 'none'", "script-src 'sha256-", "connect-src 'self'")
        .doesNotContain("http", "*", "unsafe");
    assertThat(client.body()).doesNotContain("Practice", "Quit Tandem", "c-201");
  }

  @Test
  void theCoachsPagesStayClosedUntilTheCoachComesBackWithTheToken() throws IOException {
    assertThat(RawHttp.send(app.port(), "GET", "/practice", "", cookie).body())
        .contains("An assessment is under way")
        .doesNotContain("c-201");

    assertThat(
            RawHttp.send(app.port(), "GET", "/practice?" + app.url().getRawQuery(), "", cookie)
                .status())
        .isEqualTo(200);
    assertThat(RawHttp.send(app.port(), "GET", "/practice", "", cookie).body())
        .contains("Start an assessment");
  }

  @Test
  void aWrongPracticePasswordOpensNothingAndIsNeverShown() throws IOException {
    TestStores.create(folder.resolve("other-practice"), "the right one".toCharArray()).close();
    try (CoachApp other =
        CoachApp.start(
            0,
            folder.resolve("other-reports"),
            Path.of("questionnaires"),
            folder.resolve("other-practice"))) {
      String otherCookie =
          "Cookie: "
              + RawHttp.send(other.port(), "GET", "/?" + other.url().getRawQuery(), "")
                  .header("Set-Cookie")
                  .split(";")[0];
      RawHttp.send(
          other.port(),
          "POST",
          "/practice/open",
          "password=a+wrong+guess",
          otherCookie,
          "Origin: http://127.0.0.1:" + other.port(),
          "Content-Type: application/x-www-form-urlencoded");

      String practice = RawHttp.send(other.port(), "GET", "/practice", "", otherCookie).body();
      assertThat(practice)
          .contains("The practice store could not be opened", "Open the store")
          .doesNotContain("a wrong guess", "Start an assessment");
    }
  }

  private static RawHttp.Answer post(String body, String... headers) throws IOException {
    return RawHttp.send(app.port(), "POST", page + "/answer", body, headers);
  }
}
