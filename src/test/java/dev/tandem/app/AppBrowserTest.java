package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The coach's flow in a real browser, with the keyboard only once the files are picked: a bad file,
 * the sample, a run with a password. axe-core checks every page for serious or critical
 * accessibility problems; screenshots go to target/app-screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AppBrowserTest {

  @TempDir static Path folder;

  private static AppInBrowser session;
  private static CoachApp app;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    session =
        AppInBrowser.open(
            CoachApp.start(0, folder.resolve("reports"), Path.of("questionnaires")), 1280, 900);
    app = session.app();
    browser = session.browser();
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  @Order(1)
  void aFileTandemCannotReadIsRefusedWithItsProblemAndNothingIsWritten() throws IOException {
    upload(Path.of("src/test/resources/ingest/unterminated-quote.csv"));

    WebElement summary = session.waitFor(By.id("error-summary"));
    assertThat(summary.getText())
        .contains("unterminated-quote.csv", "The file was not added.")
        .doesNotContain(".tandem-app");
    assertThat(browser.switchTo().activeElement()).isEqualTo(summary);
    assertThat(browser.getPageSource()).contains("No exports added yet");
    assertThat(reportsWritten()).isEmpty();
    checkAccessibility("bad-file");
  }

  @Test
  @Order(2)
  void theSampleIsReadScoredAndReportedWithTheKeyboardAlone() throws IOException {
    upload(Path.of("seeds/clients.csv"));
    session.waitFor(By.cssSelector("section.file h3"));
    assertThat(browser.findElement(By.cssSelector("section.file")).getText())
        .contains("clients.csv", "Google Forms", "closeness-desire.cd01");
    checkAccessibility("responses");

    press(browser.findElement(By.linkText("Next: create reports")), Keys.ENTER);
    session.waitFor(By.id("create"));
    checkAccessibility("create");
    press(browser.findElement(By.id("format")), Keys.DOWN); // PDF only: the report opened below
    // The progress page opens the results by itself as soon as its poll says every client is
    // scored, and the results page reloads itself when the reports are written: either could leave
    // while axe reads it. Their polls are held while they are checked.
    holdProgressPolls(true);
    press(browser.findElement(By.cssSelector("#create button[type=submit]")), Keys.ENTER);
    session.waitFor(By.id("progress"));
    checkAccessibility("progress");
    holdProgressPolls(false);
    browser.navigate().refresh();

    new WebDriverWait(browser, Duration.ofSeconds(600))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("rows-read")));
    holdProgressPolls(true);
    browser.navigate().refresh();
    assertThat(session.waitFor(By.id("rows-read")).getText()).isEqualTo("68");
    List<WebElement> rows = browser.findElements(By.cssSelector("#clients tbody tr"));
    assertThat(rows).hasSize(50);
    assertThat(browser.findElements(By.cssSelector("#clients td.band-high"))).isNotEmpty();
    checkAccessibility("results");
    holdProgressPolls(false);
    browser.navigate().refresh();
    waitForReports();

    press(browser.findElement(By.id("filter")), Keys.chord("C01"));
    assertThat(browser.findElements(By.cssSelector("#clients tbody tr:not([hidden])"))).hasSize(2);
    WebElement open = browser.findElement(By.cssSelector("#clients tbody tr:not([hidden]) a"));
    press(open, Keys.ENTER);
    WebElement frame = session.waitFor(By.cssSelector("iframe.report"));
    checkAccessibility("report");
    assertThat(fetch(frame.getAttribute("src"))).startsWith("%PDF");
    assertThat(reportsWritten())
        .anyMatch(file -> file.toString().endsWith(".pdf"))
        .noneMatch(file -> file.toString().endsWith(".partial"));
  }

  @Test
  @Order(3)
  void aRunWithAPasswordTypedTwiceEncryptsTheReports() throws IOException {
    browser.get(app.url().resolve("/responses").toString());
    press(browser.findElement(By.cssSelector("form[action='/files/clear'] button")), Keys.ENTER);
    upload(Path.of("src/test/resources/app/six-rows.csv"));
    session.waitFor(By.cssSelector("section.file h3"));
    browser.get(app.url().resolve("/create").toString());
    browser.findElement(By.id("password")).sendKeys("correct horse");
    browser.findElement(By.id("password2")).sendKeys("correct hose");
    press(browser.findElement(By.cssSelector("#create button[type=submit]")), Keys.ENTER);
    assertThat(session.waitFor(By.id("error-summary")).getText())
        .contains("The two passwords differ");
    assertThat(browser.getPageSource()).doesNotContain("correct h");
    checkAccessibility("password-mismatch");

    browser.findElement(By.id("password")).sendKeys("correct horse");
    browser.findElement(By.id("password2")).sendKeys("correct horse");
    press(browser.findElement(By.cssSelector("#create button[type=submit]")), Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(600))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("rows-read")));
    assertThat(browser.findElement(By.id("rows-read")).getText()).isEqualTo("6");
    waitForReports();
    String pdf =
        fetch(browser.findElement(By.cssSelector("#clients a")).getAttribute("href") + ".pdf");
    assertThat(pdf).startsWith("%PDF").contains("/Encrypt");
  }

  @Test
  @Order(4)
  void aDefinitionIsShownAndAnEditedOneIsCheckedAtItsLinesAndColumns() throws IOException {
    browser.get(app.url().resolve("/questionnaires").toString());
    checkAccessibility("questionnaires");
    press(browser.findElement(By.cssSelector("ul.questionnaires a")), Keys.ENTER);
    session.waitFor(By.partialLinkText("Download the blank questionnaire"));
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Statements", "reversed", "Bands of");
    checkAccessibility("questionnaire");

    browser.get(app.url().resolve("/questionnaires").toString());
    WebElement text = browser.findElement(By.id("definition"));
    text.sendKeys("id: broken\ntitle: A broken one\nitems:\n  - id: x1\n    txt: Hello\n");
    press(
        browser.findElement(By.cssSelector("form[action='/questionnaires/check'] button")),
        Keys.ENTER);
    assertThat(session.waitFor(By.id("error-summary")).getText())
        .containsPattern("Line \\d+, column \\d+");
    checkAccessibility("definition-check");
  }

  /**
   * Picks a file in the page's file input (the one step a test cannot do with keys: the system's
   * file dialog).
   */
  private static void upload(Path file) {
    browser.get(app.url().resolve("/responses").toString());
    browser.findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
    new WebDriverWait(browser, Duration.ofSeconds(60))
        .until(
            driver ->
                !driver.findElements(By.id("error-summary")).isEmpty()
                    || !driver.findElements(By.cssSelector("section.file")).isEmpty());
  }

  private static void press(WebElement target, CharSequence keys) {
    Keyboard.press(browser, target, keys);
  }

  /**
   * Waits, while the results show, for the reports to be written: their links appear in the client
   * table.
   */
  private static void waitForReports() {
    new WebDriverWait(browser, Duration.ofSeconds(600))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#clients tbody a")));
  }

  /**
   * Holds (the browser refuses) or lets through the run's status that the progress and results
   * pages poll, through Chromium's own network control: a page whose poll fails stays as it is.
   */
  private static void holdProgressPolls(boolean held) {
    browser.executeCdpCommand("Network.enable", Map.of());
    browser.executeCdpCommand(
        "Network.setBlockedURLs", Map.of("urls", held ? List.of("*/progress.json") : List.of()));
  }

  private static void checkAccessibility(String page) throws IOException {
    Axe.check(browser, page);
  }

  /** The body of an address of the app, fetched with the browser's own cookie. */
  private static String fetch(String address) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
    connection.setRequestProperty(
        "Cookie",
        "tandem-"
            + app.port()
            + "="
            + browser.manage().getCookieNamed("tandem-" + app.port()).getValue());
    try (InputStream in = connection.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  private static List<Path> reportsWritten() throws IOException {
    Path reports = folder.resolve("reports");
    try (Stream<Path> files = Files.walk(reports)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> !reports.relativize(file).toString().startsWith("."))
          .toList();
    }
  }
}
