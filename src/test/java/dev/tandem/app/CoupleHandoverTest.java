package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handover of a couple's assessment over raw HTTP: the second partner's turn starts only from
 * the app's own origin, only once the first partner has finished, and only once; it is a new
 * assessment with none of the first partner's answers. A couple's assessment needs two different
 * partners and a couple code. The turn is kept in the store, so it survives the app being closed
 * and started again between the partners.
 */
class CoupleHandoverTest {

  private static final Pattern HEADER_VALUE = Pattern.compile("\"token\":\"([A-Za-z0-9_-]+)\"");
  private static final String FORM = "Content-Type: application/x-www-form-urlencoded";

  @TempDir static Path folder;

  private static CoachApp app;
  private static String cookie;
  private static String origin;

  @BeforeAll
  static void createTheStore() throws IOException {
    TestStores.create(folder.resolve("practice"), "practice password".toCharArray()).close();
    startTheAppAndOpenTheStore();
  }

  private static void startTheAppAndOpenTheStore() throws IOException {
    app =
        CoachApp.start(
            0,
            folder.resolve("reports"),
            Path.of("src/test/resources/ingest/questionnaires"),
            folder.resolve("practice"));
    origin = "Origin: http://127.0.0.1:" + app.port();
    cookie =
        "Cookie: "
            + RawHttp.send(app.port(), "GET", "/?" + app.url().getRawQuery(), "")
                .header("Set-Cookie")
                .split(";")[0];
    assertThat(send("/practice/open", "password=practice+password", origin).status())
        .isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void theSecondPartnersTurnStartsOnceFromTheAppAfterTheFirstFinishedWithNoneOfTheirAnswers()
      throws IOException {
    String first =
        send(
                "/assessment/start",
                "client=&code=c-401&partner=&partner-code=c-402&couple=K-4&questionnaire=solo",
                origin)
            .header("Location");
    assertThat(send(first + AssessmentPage.NEXT, "", origin).status()).isEqualTo(409);

    String answerHeader = answerHeader(first);
    for (String item : List.of("s1", "s2", "s3", "s4")) {
      assertThat(answer(first, "{\"column\":\"" + item + "\",\"value\":5}", answerHeader).status())
          .isEqualTo(200);
    }
    assertThat(answer(first, "{\"finished\":true}", answerHeader).status()).isEqualTo(200);
    assertThat(RawHttp.send(app.port(), "GET", first, "", cookie).body())
        .contains("Please hand the device to c-402", "I am c-402: start my questionnaire")
        .doesNotContain("c-401", "\"saved\"");

    assertThat(send(first + AssessmentPage.NEXT, "", "Origin: http://attacker.example").status())
        .isEqualTo(403);
    RawHttp.Answer handedOver = send(first + AssessmentPage.NEXT, "", origin);
    assertThat(handedOver.status()).isEqualTo(303);
    String second = handedOver.header("Location");
    assertThat(second).startsWith("/assessment/").isNotEqualTo(first);
    assertThat(send(first + AssessmentPage.NEXT, "", origin).status()).isEqualTo(404);

    assertThat(RawHttp.send(app.port(), "GET", second, "", cookie).body())
        .contains("\"saved\":{}")
        .doesNotContain("c-401", "c-402");
    assertThat(RawHttp.send(app.port(), "GET", first, "", cookie).body())
        .contains("This questionnaire is finished")
        .doesNotContain("c-402");
  }

  @Test
  void theSecondPartnersTurnSurvivesTheAppBeingClosedBetweenThePartners() throws IOException {
    String first =
        send(
                "/assessment/start",
                "client=&code=c-601&partner=&partner-code=c-602&couple=K-6&questionnaire=solo",
                origin)
            .header("Location");
    String answerHeader = answerHeader(first);
    assertThat(answer(first, "{\"column\":\"s1\",\"value\":3}", answerHeader).status())
        .isEqualTo(200);
    app.close();
    startTheAppAndOpenTheStore();

    // the first partner's page resumes in the new app, and their turn ends there
    String resumedHeader = answerHeader(first);
    assertThat(answer(first, "{\"finished\":true}", resumedHeader).status()).isEqualTo(200);
    app.close();
    startTheAppAndOpenTheStore();

    assertThat(RawHttp.send(app.port(), "GET", first, "", cookie).body())
        .contains("Please hand the device to c-602");
    RawHttp.Answer handedOver = send(first + AssessmentPage.NEXT, "", origin);
    assertThat(handedOver.status()).isEqualTo(303);
    String second = handedOver.header("Location");
    assertThat(RawHttp.send(app.port(), "GET", second, "", cookie).body())
        .contains("\"saved\":{}")
        .doesNotContain("c-601", "c-602");
    assertThat(send(first + AssessmentPage.NEXT, "", origin).status()).isEqualTo(404);
  }

  @Test
  void aCouplesAssessmentNeedsTwoDifferentPartnersAndACoupleCode() throws IOException {
    assertThat(
            send(
                    "/assessment/start",
                    "client=&code=c-501&partner-code=c-501&couple=K-5&questionnaire=solo",
                    origin)
                .header("Location"))
        .isEqualTo("/practice");
    String sameTwice =
        RawHttp.send(app.port(), "GET", "/practice?" + app.url().getRawQuery(), "", cookie).body();
    assertThat(sameTwice).contains("Choose two different partners");

    send(
        "/assessment/start",
        "client=&code=c-501&partner-code=c-502&couple=&questionnaire=solo",
        origin);
    assertThat(RawHttp.send(app.port(), "GET", "/practice", "", cookie).body())
        .contains("Type the couple code both partners share");
  }

  private static RawHttp.Answer send(String path, String body, String from) throws IOException {
    return RawHttp.send(app.port(), "POST", path, body, cookie, from, FORM);
  }

  private static RawHttp.Answer answer(String page, String body, String answerHeader)
      throws IOException {
    return RawHttp.send(
        app.port(),
        "POST",
        page + "/answer",
        body,
        cookie,
        origin,
        "Content-Type: application/json",
        answerHeader);
  }

  private static String answerHeader(String page) throws IOException {
    Matcher value = HEADER_VALUE.matcher(RawHttp.send(app.port(), "GET", page, "", cookie).body());
    assertThat(value.find()).isTrue();
    return AssessmentPage.HEADER + ": " + value.group(1);
  }
}
