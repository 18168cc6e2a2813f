package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** The keyboard alone in browser tests: every control is reached with Tab, as a coach would. */
final class Keyboard {

  private Keyboard() {}

  /** Reaches the element with the Tab key from the top of the page, then presses the keys on it. */
  static void press(ChromeDriver browser, WebElement target, CharSequence keys) {
    browser.executeScript(
        "document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);");
    Actions keyboard = new Actions(browser);
    for (int i = 0; i < 200 && !browser.switchTo().activeElement().equals(target); i++) {
      keyboard.sendKeys(Keys.TAB).perform();
    }
    assertThat(browser.switchTo().activeElement()).as("reached with Tab").isEqualTo(target);
    keyboard.sendKeys(keys).perform();
  }
}
