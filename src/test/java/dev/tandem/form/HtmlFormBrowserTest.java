package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.testing.HeadlessChrome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * A client fills in the offline page in headless Chromium, meets the minimum-answered rule, saves,
 * and the saved file imports with every answer; in session, the same page starts from the saved
 * answers and sends each new answer to its own server with the header the server checks.
 */
class HtmlFormBrowserTest {

  @TempDir static Path dir;

  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    browser = HeadlessChrome.start(1000, 900);
  }

  @AfterAll
  static void quitBrowser() {
    browser.quit();
  }

  @Test
  void offlineFormIsFilledInSavedAndTheSavedFileImportsWithEveryAnswer() throws IOException {
    Path downloads = Files.createDirectories(dir.resolve("downloads"));
    browser.executeCdpCommand(
        "Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    Path page = dir.resolve("form.html");
    Files.writeString(page, HtmlForm.offline(BOTH));
    browser.get(page.toUri().toString());

    browser.findElement(By.id("client")).sendKeys("=Dana \"D\", 2");
    browser.findElement(By.id("couple")).sendKeys(FormFixtures.coupleCode(0));
    answerEverythingExcept("gr2");
    assertThat(text("next")).isEqualTo("Finish");
    click("next");

    WebElement problems = browser.findElement(By.id("problems"));
    assertThat(problems.isDisplayed()).isTrue();
    assertThat(problems.getText()).contains("Please answer one more of statements 2.");
    problems.findElement(By.tagName("a")).click();
    choose(FormFixtures.GREEK, 1);
    assertThat(text("progress-text")).isEqualTo("28 of 28 answered");
    while (!browser.findElement(By.id("thanks")).isDisplayed()) {
      click("next");
    }
    assertThat(browser.findElement(By.id("thanks")).getText()).doesNotContainPattern("\\d");
    click("save");

    Path saved =
        new FluentWait<>(downloads)
            .withTimeout(Duration.ofSeconds(20))
            .pollingEvery(Duration.ofMillis(100))
            .until(folder -> csv(folder).orElse(null));
    FormFixtures.assertImportsCompletely(saved, BOTH, 1, "plain table");
    Response response =
        Importer.read(List.of(saved), BOTH.questionnaires(), ImportOptions.defaults())
            .responses()
            .get(0);
    // typed text that a spreadsheet would run as a formula is saved with a leading apostrophe, as
    // Tandem writes CSV
    assertThat(response.respondentId()).isEqualToIgnoringCase("'=Dana \"D\", 2");
    assertThat(response.submitted()).isPresent();
  }

  @Test
  void inSessionPageStartsFromSavedAnswersAndSendsEachAnswerWithTheHeader()
      throws IOException, InterruptedException {
    BlockingQueue<String> received = new LinkedBlockingQueue<>();
    String page =
        HtmlForm.inSession(
            BOTH,
            new InSession(
                "/session/answers", "/session/end", "X-Tandem-Token", "t0k", Map.of("gr1", 4)));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/session/form",
        exchange -> {
          byte[] body = page.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/session/answers",
        exchange -> {
          received.add(
              exchange.getRequestMethod()
                  + " "
                  + exchange.getRequestHeaders().getFirst("X-Tandem-Token")
                  + " "
                  + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
    try {
      browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/session/form");
      assertThat(text("progress-text")).isEqualTo("1 of 28 answered");
      assertThat(browser.findElement(By.cssSelector(".page.current h2")).getText())
          .isEqualTo("Χρόνος για μένα");
      click("next");
      assertThat(browser.findElement(By.cssSelector("input[name='gr1'][value='4']")).isSelected())
          .isTrue();
      click("next");
      choose(FormFixtures.GREEK, 1);

      assertThat(received.poll(20, TimeUnit.SECONDS))
          .isEqualTo(
              "POST t0k {\"column\":\"gr2\",\"value\":"
                  + FormFixtures.answer(FormFixtures.GREEK, 1, 0)
                  + "}");
      assertThat(browser.findElements(By.cssSelector(".page.current fieldset"))).hasSize(1);
    } finally {
      server.stop(0);
    }
  }

  /** Answers every statement on every page, as respondent 0 would, leaving one open. */
  private static void answerEverythingExcept(String column) {
    while (true) {
      for (WebElement fieldset :
          browser.findElements(By.cssSelector(".page.current fieldset.statement"))) {
        String id = fieldset.getAttribute("id").substring("statement-".length());
        if (!id.equals(column)) {
          choose(id);
        }
      }
      if (text("next").equals("Finish")) {
        return;
      }
      click("next");
    }
  }

  private static void choose(String column) {
    for (Questionnaire questionnaire : BOTH.questionnaires()) {
      for (int i = 0; i < questionnaire.items().size(); i++) {
        if (BOTH.column(questionnaire, questionnaire.items().get(i)).equals(column)) {
          choose(questionnaire, i);
        }
      }
    }
  }

  /** Clicks the option respondent 0 gives the statement, by its visible label. */
  private static void choose(Questionnaire questionnaire, int item) {
    String column = BOTH.column(questionnaire, questionnaire.items().get(item));
    int value = FormFixtures.answer(questionnaire, item, 0);
    browser
        .findElement(By.cssSelector("input[name='" + column + "'][value='" + value + "']"))
        .findElement(By.xpath(".."))
        .click();
  }

  private static void click(String id) {
    browser.findElement(By.id(id)).click();
  }

  private static String text(String id) {
    return browser.findElement(By.id(id)).getText();
  }

  private static Optional<Path> csv(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
