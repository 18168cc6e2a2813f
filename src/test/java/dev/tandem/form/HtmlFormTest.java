package dev.tandem.form;

import static dev.tandem.form.FormFixtures.BOTH;
import static dev.tandem.form.FormFixtures.SOLITUDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page's markup: self-contained, labelled for assistive technology, and safe with any
 * definition text.
 */
class HtmlFormTest {

  private final String page = HtmlForm.offline(BOTH);

  @Test
  void pageLoadsNothingFromAnywhereAndSaysSoInItsContentSecurityPolicy() {
    assertThat(page).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:|//)");
    assertThat(page).doesNotContainPattern("(?i)@import|url\\(");
    assertThat(page).contains("default-src 'none'").contains("connect-src 'none'");
    Matcher script = Pattern.compile("script-src '(sha256-[^']+)'").matcher(page);
    assertThat(script.find()).isTrue();
  }

  @Test
  void thePageDeclaresTheFirstQuestionnairesLanguageAndEachOtherOneOnItsOwnPages() {
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"el\">");
    assertThat(page).contains("<section class=\"page\" lang=\"en\">\n<h2>Need for solitude</h2>");
    assertThat(count("<section class=\"page\" lang=\"en\">"))
        .isEqualTo(
            1 + (SOLITUDE.items().size() + HtmlForm.OFFLINE_PAGE - 1) / HtmlForm.OFFLINE_PAGE);
    assertThat(count("lang=")).isEqualTo(1 + count("<section class=\"page\" lang=\"en\">"));
  }

  @Test
  void everyStatementIsAFieldsetWithItsTextAsLegendAndEveryOptionALabelledRadio() {
    assertThat(count("<fieldset class=\"statement\"")).isEqualTo(28);
    assertThat(count("<legend>")).isEqualTo(28);
    assertThat(count("<label><input type=\"radio\""))
        .isEqualTo(28 * 5)
        .isEqualTo(count("type=\"radio\""));
    assertThat(page)
        .contains(
            "<legend><span class=\"number\">1.</span> Λίγες ώρες μόνος ή μόνη μου μού δίνουν πίσω την ενέργειά μου.</legend>");
    assertThat(page).contains("<label for=\"client\">Your name or client code</label>");
    assertThat(page).contains("<label for=\"couple\">Couple code</label>");
  }

  @Test
  void definitionTextIsEscapedInTheMarkupAndCannotCloseTheSettingsScript() {
    assertThat(page).contains("Λέω \"χρειάζομαι λίγο χώρο\" χωρίς &lt;φόβο&gt; ότι θα πληγώσω.");
    assertThat(page).doesNotContain("<φόβο>");
    String settings =
        page.substring(page.indexOf("id=\"tandem-settings\">"), page.indexOf("</script>"));
    assertThat(settings)
        .doesNotContain("<")
        .contains("\"columns\":[\"gr1\",\"gr2\",\"gr3\",\"gr4\",\"sol01\"");
  }

  @Test
  void theScalesMinimumsGoToThePageAsRules() {
    assertThat(page)
        .contains("{\"minimum\":2,\"columns\":[\"gr1\",\"gr2\"]}")
        .contains("{\"minimum\":1,\"columns\":[\"gr3\",\"gr4\"]}");
  }

  @Test
  void reversedStatementsAreNotMarked() {
    FormFixtures.assertReversedUnmarked(page.replaceAll("(?s)<script>.*?</script>", ""));
  }

  @Test
  void inSessionPageSendsToItsOwnOriginAndAsksForNoIdentity() {
    String session =
        HtmlForm.inSession(
            BOTH,
            new InSession(
                "/sessions/7/answers", "/sessions/7", "X-Tandem-Token", "t0k", Map.of("gr1", 4)));

    assertThat(session)
        .contains("connect-src 'self'")
        .doesNotContain("id=\"client\"")
        .doesNotContain("id=\"save\"");
    assertThat(session)
        .contains(
            "\"session\":{\"url\":\"/sessions/7/answers\",\"end\":\"/sessions/7\",\"header\":\"X-Tandem-Token\",\"token\":\"t0k\"}")
        .contains("\"saved\":{\"gr1\":4}");
    assertThat(count("<section class=\"page\"", session)).isEqualTo(2 + 28 + 1);
  }

  @Test
  void inSessionAnswersAndTheEndGoOnlyToPathsOnTheSameOrigin() {
    assertThatThrownBy(
            () ->
                new InSession(
                    "https://elsewhere.example/answers", "/end", "X-Tandem-Token", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "answerPath and endPath must be paths on the page's own origin, such as /answers/12");
    assertThatThrownBy(
            () ->
                new InSession(
                    "//elsewhere.example/answers", "/end", "X-Tandem-Token", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new InSession(
                    "/answers", "//elsewhere.example/end", "X-Tandem-Token", "t", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private int count(String needle) {
    return count(needle, page);
  }

  private static int count(String needle, String haystack) {
    int count = 0;
    for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
      count++;
    }
    return count;
  }
}
