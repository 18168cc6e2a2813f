package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Practice section in a real browser: the coach opens the store with the practice password,
 * imports an export added in the app, starts an assessment; the client answers, the browser reloads
 * and the answers are still there, the client finishes and sees a thank-you; the coach comes back
 * with the token and finds the assessment in the client's history. axe-core checks the pages;
 * screenshots go to target/app-screenshots.
 */
class PracticeBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "app-screenshots");
  private static final String CLIENT = "c-101";

  @TempDir static Path folder;

  private static AppInBrowser session;
  private static CoachApp app;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    TestStores.create(folder.resolve("practice"), "practice password".toCharArray()).close();
    session =
        AppInBrowser.open(
            CoachApp.start(
                0,
                folder.resolve("reports"),
                Path.of("questionnaires"),
                folder.resolve("practice")),
            1100,
            900);
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
  void anAssessmentTakenInTheSessionIsSavedAsItGoesResumedAfterAReloadAndListedInThePractice()
      throws IOException {
    browser.get(app.url().resolve("/responses").toString());
    browser
        .findElement(By.id("files"))
        .sendKeys(Path.of("src/test/resources/app/six-rows.csv").toAbsolutePath().toString());
    session.waitFor(By.cssSelector("section.file h3"));
    browser.get(app.url().resolve("/practice").toString());
    browser.findElement(By.id("password")).sendKeys("practice password");
    browser.findElement(By.cssSelector("form[action='/practice/open'] button")).click();
    browser.findElement(By.cssSelector("form[action='/practice/import'] button")).click();
    assertThat(session.waitFor(By.cssSelector(".notice")).getText()).contains("added to the store");
    assertThat(browser.findElement(By.id("practice-clients")).getText()).contains("six-rows.csv");
    assertThat(browser.getPageSource()).doesNotContain("practice password");

    new Select(browser.findElement(By.id("questionnaire"))).selectByValue("closeness-desire");
    browser.findElement(By.id("code")).sendKeys(CLIENT);
    browser.findElement(By.cssSelector("form[action='/assessment/start'] button")).click();
    session.waitFor(By.id("answers"));
    String assessment = browser.getCurrentUrl();
    assertThat(browser.findElements(By.cssSelector("nav[aria-label='Sections']"))).isEmpty();
    assertThat(browser.getPageSource()).doesNotContain(CLIENT, "six-rows", "Quit Tandem");

    next();
    answerShownStatement();
    next();
    answerShownStatement();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.findElement(By.id("progress-text")).getText().startsWith("2 of"));
    waitForSaved();
    Files.write(SCREENSHOTS.resolve("assessment.png"), browser.getScreenshotAs(OutputType.BYTES));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    checkAccessibility("assessment");

    browser.navigate().refresh();
    session.waitFor(By.id("answers"));
    assertThat(browser.findElement(By.id("progress-text")).getText()).startsWith("2 of");
    browser.get(app.url().resolve("/practice").toString());
    assertThat(browser.getPageSource())
        .contains("An assessment is under way")
        .doesNotContain(CLIENT);

    browser.get(assessment);
    session.waitFor(By.id("answers"));
    next();
    while (!browser.findElement(By.id("next")).getText().equals("Finish")) {
      answerShownStatement();
      next();
    }
    answerShownStatement();
    next();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.findElements(By.id("answers")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(assessment);
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("Thank you", "hand the device back to your coach")
        .doesNotContainPattern("\\d");

    browser.get(app.url().toString());
    browser.get(app.url().resolve("/practice").toString());
    WebElement row =
        browser.findElement(By.xpath("//table[@id='practice-clients']//tr[th='" + CLIENT + "']"));
    assertThat(row.getText()).contains("closeness-desire", "in-session assessment");
    assertThat(browser.findElements(By.cssSelector("#practice-clients tbody tr")))
        .hasSizeGreaterThan(1);
    browser.get(assessment);
    assertThat(browser.getPageSource())
        .contains("This questionnaire is finished")
        .doesNotContain(CLIENT);
    browser.get(app.url().resolve("/practice").toString());
    Files.write(SCREENSHOTS.resolve("practice.png"), browser.getScreenshotAs(OutputType.BYTES));
    checkAccessibility("practice");
  }

  /** Chooses the middle answer of the statement on the current page. */
  private static void answerShownStatement() {
    List<WebElement> options =
        browser.findElements(By.cssSelector(".page.current input[type=radio]"));
    options.get(options.size() / 2).findElement(By.xpath("..")).click();
  }

  private static void next() {
    browser.findElement(By.id("next")).click();
  }

  private static void waitForSaved() {
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.findElement(By.id("status")).getText().equals("Saved."));
  }

  /** Fails on any serious or critical accessibility violation. */
  private static void checkAccessibility(String page) {
    assertThat(Axe.seriousViolations(browser)).as("axe on " + page).isEmpty();
  }
}
