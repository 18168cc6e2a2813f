package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-04 10:15:22|false|2026-03-04T10:15:22",
        "2026-03-04T10:15:22.123Z|false|2026-03-04T10:15:22",
        "2026-03-04T10:15|false|2026-03-04T10:15",
        "2026/03/04 3:25:19 PM GMT+1|false|2026-03-04T15:25:19",
        "3/4/2026 10:15:22|false|2026-03-04T10:15:22",
        "3/4/2026 10:15|false|2026-03-04T10:15",
        "3/4/2026 10:15|true|2026-04-03T10:15",
        "03/14/2026 12:07:13 AM|false|2026-03-14T00:07:13",
        "04.03.2026 10:15|false|2026-03-04T10:15",
        "2026-03-04|false|2026-03-04T00:00",
        "2026-03-04T10:15:22Z|false|2026-03-04T10:15:22",
        "2026-03-04 10:15Z|false|2026-03-04T10:15",
        "' 2026-03-04T10:15:22 '|false|2026-03-04T10:15:22",
        "2025/07/31 11:59:34 am EEST|false|2025-07-31T11:59:34",
        "2025/07/31 1:05:09 pm CEST|false|2025-07-31T13:05:09",
        "2025/07/31 12:00:01 a.m. GMT+2|false|2025-07-31T00:00:01",
        "31.07.2025 23:59:34|false|2025-07-31T23:59:34",
        "31.07.2025 23:59:34 MESZ|false|2025-07-31T23:59:34",
        "31/7/2025 9:05:00|true|2025-07-31T09:05",
        "31/7/2025 9:05:00 BST|true|2025-07-31T09:05",
        "7/31/2025 9:05:00 p. m.|false|2025-07-31T21:05"
      })
  void readsTheFormatsSurveyToolsWrite(String text, boolean dayFirst, String expected) {
    assertThat(Timestamps.parse(text, dayFirst)).contains(LocalDateTime.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025/07/31 11:59:34 am EEST|false|yyyy/MM/dd h:mm:ss a z",
        "2026-03-04 10:15:22|false|yyyy-MM-dd HH:mm:ss",
        "2026-03-04T10:15Z|false|yyyy-MM-dd'T'HH:mm z",
        "31.07.2025 23:59:34|false|d.M.yyyy HH:mm:ss",
        "31/7/2025 9:05:00|true|d/M/yyyy HH:mm:ss",
        "7/31/2025 9:05 PM|false|M/d/yyyy h:mm a",
        "2026-03-04T10:15:22.5+01:00|false|yyyy-MM-dd'T'HH:mm:ss z",
        "2026-03-04|false|yyyy-MM-dd"
      })
  void namesTheFormAValueWasReadAs(String text, boolean dayFirst, String expected) {
    assertThat(Timestamps.pattern(text, dayFirst)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "14/3/2026 10:15|false",
        "2026-02-30 10:00|false",
        "2026-02-30T10:00:00Z|false",
        "2026-03-04T25:00:00|false",
        "yesterday|false",
        "13:00|false"
      })
  void refusesWhatIsNotARealDate(String text, boolean dayFirst) {
    assertThat(Timestamps.parse(text, dayFirst)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "14/3/2026 10:15|DAY_FIRST",
        "3/14/2026|MONTH_FIRST",
        "3/4/2026|AMBIGUOUS",
        "4/4/2026|NONE",
        "2026-03-04|NONE",
        "04.03.2026|NONE"
      })
  void slashedDatesGiveEvidenceOfTheirOrder(String text, Timestamps.Evidence expected) {
    assertThat(Timestamps.evidence(text)).isEqualTo(expected);
  }
}
