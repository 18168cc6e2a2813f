package dev.tandem.app;

import dev.tandem.testing.HeadlessChrome;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A coach's app on a free port and one headless browser signed in to it with the app's token: what
 * a browser test class opens once and closes when its tests are done.
 */
final class AppInBrowser implements AutoCloseable {

  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final CoachApp app;
  private final ChromeDriver browser;

  private AppInBrowser(CoachApp app, ChromeDriver browser) {
    this.app = app;
    this.browser = browser;
  }

  /** Opens a browser window of the given size on {@code app}, which then closes with it. */
  static AppInBrowser open(CoachApp app, int width, int height) {
    ChromeDriver browser;
    try {
      browser = HeadlessChrome.start(width, height);
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    browser.get(app.url().toString());
    return new AppInBrowser(app, browser);
  }

  CoachApp app() {
    return app;
  }

  ChromeDriver browser() {
    return browser;
  }

  /** The element once the page holds it; the test fails after a minute without it. */
  WebElement waitFor(By locator) {
    return new WebDriverWait(browser, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  @Override
  public void close() {
    try {
      browser.quit();
    } finally {
      app.close();
    }
  }
}
