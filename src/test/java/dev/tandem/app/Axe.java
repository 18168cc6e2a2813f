package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** axe-core (vendored from npm under src/test/resources/axe) run on the page a browser shows. */
final class Axe {

  /** Where {@link #check} saves its screenshots. */
  static final Path SCREENSHOTS = Path.of("target", "app-screenshots");

  private static final String SCRIPT = load();

  private Axe() {}

  /** The serious and critical violations on the page, each as "rule: help (elements)". */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(ChromeDriver browser) {
    browser.executeScript(SCRIPT);
    return (List<String>)
        browser.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')));");
  }

  /**
   * Saves a screenshot of the page as {@code page}.png in {@link #SCREENSHOTS}, then fails on any
   * serious or critical accessibility violation.
   */
  static void check(ChromeDriver browser, String page) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(page + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    assertThat(seriousViolations(browser)).as("axe on " + page).isEmpty();
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(
          Objects.requireNonNull(in, "axe.min.js").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
