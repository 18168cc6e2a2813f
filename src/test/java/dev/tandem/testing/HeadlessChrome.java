package dev.tandem.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The one way browser tests start a browser: Debian's Chromium driven by Debian's chromedriver,
 * headless, with a fresh profile and Chromium's background traffic switched off (this machine has
 * no network, and a coach's page must not need one). Selenium Manager is never asked to download
 * anything.
 *
 * <p>Start one per test class and {@link ChromeDriver#quit() quit} it after the class: a browser
 * start costs about a second.
 */
public final class HeadlessChrome {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChrome() {}

  /** Starts a headless browser with a window of the given size in CSS pixels. */
  public static ChromeDriver start(int width, int height) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver "
              + "(apt-get install chromium chromium-driver); .ci/run installs them.");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=" + width + "," + height);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
