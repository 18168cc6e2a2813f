package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The column choices in a real browser, with the keyboard alone once the file is picked: an export
 * whose client and couple columns Tandem cannot guess and whose one question column matches no
 * item; the coach chooses them, reads the file again, sees the column matched, creates reports and
 * finds the item scored (the desire scale has too few answers without it). axe-core checks the
 * pages; screenshots go to target/app-screenshots.
 */
class ColumnChoicesBrowserTest {

  private static final Path EXPORT = Path.of("src/test/resources/app/one-unmatched-column.csv");
  private static final String UNMATCHED = "Looking forward to time just us two";

  @TempDir static Path folder;

  private static AppInBrowser session;
  private static CoachApp app;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws IOException {
    session =
        AppInBrowser.open(
            CoachApp.start(0, folder.resolve("reports"), Path.of("questionnaires")), 1200, 900);
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
  void aColumnMappedInThePageIsMatchedAndItsItemScoredInTheReports() throws IOException {
    browser.get(app.url().resolve("/responses").toString());
    browser.findElement(By.id("files")).sendKeys(EXPORT.toAbsolutePath().toString());
    session.waitFor(By.id("mapping"));
    assertThat(browser.findElement(By.cssSelector("section.file .warning")).getText())
        .contains(UNMATCHED);
    assertThat(
            new Select(browser.findElement(By.id("role-time"))).getFirstSelectedOption().getText())
        .isEqualTo("Timestamp");
    checkAccessibility("column-choices");

    press(browser.findElement(By.id("role-id")), "Client n");
    press(browser.findElement(By.id("role-couple")), "Our p");
    WebElement label =
        browser.findElement(
            By.xpath("//form[@id='mapping']//label[contains(., '" + UNMATCHED + "')]"));
    assertThat(label.getText()).contains("Column 8 of one-unmatched-column.csv");
    WebElement column = browser.findElement(By.id(label.getAttribute("for")));
    press(column, "cd15");
    assertThat(new Select(column).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("closeness-desire.cd15");
    press(browser.findElement(By.cssSelector("#mapping button[type=submit]")), Keys.ENTER);

    assertThat(session.waitFor(By.cssSelector(".notice")).getText())
        .contains("read the files with your choices");
    assertThat(browser.findElement(By.cssSelector("section.file table")).getText())
        .containsPattern("Looking forward to time just us two\\s+closeness-desire.cd15\\s+mapping");
    assertThat(browser.findElements(By.cssSelector("section.file .warning"))).isEmpty();
    assertThat(browser.findElement(By.cssSelector("section.file")).getText())
        .contains("respondent id: \"Client number\"", "couple code: \"Our pair\"");
    assertThat(browser.findElements(By.linkText("Download these choices as a mapping file")))
        .hasSize(1);
    checkAccessibility("column-choices-kept");

    press(browser.findElement(By.linkText("Next: create reports")), Keys.ENTER);
    session.waitFor(By.id("create"));
    press(browser.findElement(By.id("format")), Keys.chord(Keys.DOWN, Keys.DOWN)); // Excel only
    press(browser.findElement(By.cssSelector("#create button[type=submit]")), Keys.ENTER);
    new WebDriverWait(browser, Duration.ofSeconds(120))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("rows-read")));
    assertThat(browser.findElement(By.id("rows-read")).getText()).isEqualTo("4");
    WebElement client = browser.findElement(By.xpath("//table[@id='clients']//tr[th='K-1']"));
    assertThat(client.getText()).contains("P1", "4.40");
  }

  private static void press(WebElement target, CharSequence keys) {
    Keyboard.press(browser, target, keys);
  }

  private static void checkAccessibility(String page) throws IOException {
    Axe.check(browser, page);
  }
}
