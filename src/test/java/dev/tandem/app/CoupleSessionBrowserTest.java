package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.store.TestStores;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A couple on one device, in a real browser, on a four-statement questionnaire: the coach starts
 * the assessment for both partners; the first answers and finishes, and their page gives way to a
 * thank-you that names the second partner; the second starts their own page, which holds none of
 * the first partner's answers, and Back does not reach them (the first partner's page replaced
 * itself with the thank-you when it finished). The coach comes back with the token and finds both
 * assessments stored under the couple's code.
 */
class CoupleSessionBrowserTest {

  private static final String FIRST = "c-301";
  private static final String SECOND = "c-302";

  @TempDir static Path folder;

  private static AppInBrowser session;
  private static CoachApp app;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    TestStores.create(folder.resolve("practice"), "practice password".toCharArray()).close();
    session =
        AppInBrowser.open(
            CoachApp.start(
                0,
                folder.resolve("reports"),
                Path.of("src/test/resources/ingest/questionnaires"),
                folder.resolve("practice")),
            1000,
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
  void theSecondPartnerStartsTheirOwnPageAndNeverSeesTheFirstPartnersAnswers() throws IOException {
    browser.get(app.url().resolve("/practice").toString());
    browser.findElement(By.id("password")).sendKeys("practice password");
    browser.findElement(By.cssSelector("form[action='/practice/open'] button")).click();
    session.waitFor(By.id("partner-code"));
    checkAccessibility("practice-start");
    browser.findElement(By.id("code")).sendKeys(FIRST);
    browser.findElement(By.id("partner-code")).sendKeys(SECOND);
    browser.findElement(By.id("couple")).sendKeys("K-9");
    new Select(browser.findElement(By.id("questionnaire"))).selectByValue("solo");
    browser.findElement(By.cssSelector("form[action='/assessment/start'] button")).click();

    session.waitFor(By.id("answers"));
    String first = browser.getCurrentUrl();
    answerEveryStatement(0); // the lowest answer to every statement
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.findElements(By.id("answers")).isEmpty());
    assertThat(browser.getCurrentUrl()).isEqualTo(first);
    assertThat(browser.findElement(By.tagName("h2")).getText())
        .isEqualTo("Please hand the device to " + SECOND);
    checkAccessibility("couple-handover");

    Keyboard.press(
        browser,
        browser.findElement(By.xpath("//button[contains(., 'start my questionnaire')]")),
        Keys.ENTER);
    session.waitFor(By.id("answers"));
    String second = browser.getCurrentUrl();
    assertThat(second).isNotEqualTo(first);
    assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();
    assertThat(browser.findElement(By.id("tandem-settings")).getAttribute("textContent"))
        .contains("\"saved\":{}");
    assertThat(browser.getPageSource())
        .doesNotContain(FIRST, first.substring(first.lastIndexOf('/') + 1));

    browser.navigate().back();
    session.waitFor(By.tagName("h1"));
    assertThat(browser.getCurrentUrl()).isEqualTo(first);
    assertThat(browser.findElements(By.id("answers"))).isEmpty();
    assertThat(browser.findElements(By.cssSelector("input[type=radio]"))).isEmpty();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thank you");
    browser.navigate().back(); // the coach's page, fetched anew: locked
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.getPageSource().contains("An assessment is under way"));
    assertThat(browser.getPageSource()).doesNotContain(FIRST, SECOND, "K-9");

    browser.navigate().forward();
    browser.navigate().forward();
    session.waitFor(By.id("answers"));
    assertThat(browser.getCurrentUrl()).isEqualTo(second);
    assertThat(browser.findElements(By.cssSelector("input[type=radio]:checked"))).isEmpty();
    answerEveryStatement(4); // the highest
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(driver -> driver.findElements(By.id("answers")).isEmpty());
    assertThat(browser.findElement(By.tagName("main")).getText())
        .contains("hand the device back to your coach");

    browser.get(app.url().toString());
    browser.get(app.url().resolve("/practice").toString());
    for (String partner : List.of(FIRST, SECOND)) {
      assertThat(
              browser
                  .findElement(
                      By.xpath("//table[@id='practice-clients']//tr[th='" + partner + "']"))
                  .getText())
          .contains("K-9", "solo", "in-session assessment");
    }
  }

  /** Answers every statement with the option at {@code index}, then finishes. */
  private static void answerEveryStatement(int index) {
    browser.findElement(By.id("next")).click();
    while (true) {
      List<WebElement> options =
          browser.findElements(By.cssSelector(".page.current input[type=radio]"));
      options.get(index).findElement(By.xpath("..")).click();
      boolean last = browser.findElement(By.id("next")).getText().equals("Finish");
      browser.findElement(By.id("next")).click();
      if (last) {
        return;
      }
    }
  }

  private static void checkAccessibility(String page) throws IOException {
    Axe.check(browser, page);
  }
}
