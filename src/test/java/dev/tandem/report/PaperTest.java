package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaperTest {

  @ParameterizedTest
  @CsvSource({
    "en, US, LETTER",
    "en, CA, LETTER",
    "es, MX, LETTER",
    "en, GB, A4",
    "de, DE, A4",
    "fr, '', A4"
  })
  void paperFollowsTheLocalesCountry(String language, String country, Paper expected) {
    assertThat(Paper.forLocale(new Locale(language, country))).isEqualTo(expected);
  }
}
