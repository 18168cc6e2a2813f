package dev.tandem.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** The browser fixture starts, renders a page with a script, and reads the DOM back. */
class HeadlessChromeTest {

  @Test
  void rendersAPageAndRunsItsScript() {
    String html =
        "<!doctype html><meta charset=utf-8><title>t</title><p id=out></p>"
            + "<script>document.getElementById('out').textContent='Łukasz Ψ 王';</script>";
    ChromeDriver driver = HeadlessChrome.start(800, 600);
    try {
      driver.get(
          "data:text/html;base64,"
              + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8)));
      assertThat(driver.findElement(By.id("out")).getText()).isEqualTo("Łukasz Ψ 王");
    } finally {
      driver.quit();
    }
  }
}
