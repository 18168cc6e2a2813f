package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.scoring.Client;
import dev.tandem.scoring.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportNamesTest {

  private static final Pseudonyms KEY = Pseudonyms.withSecret(secret(7));
  private final ReportNames names = ReportNames.keyedWith(KEY);

  private static byte[] secret(int fill) {
    byte[] secret = new byte[32];
    Arrays.fill(secret, (byte) fill);
    return secret;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"A/B|A-B", "x.y|X/Y", "王家|李家", "Пара-3|Пара 3", "C 07|C07", "-5|5"})
  void couplesWhoseCodesDifferOnlyInWhatANameDropsGetDifferentFiles(String one, String other) {
    assertThat(names.couple(one)).isNotEqualTo(names.couple(other));
  }

  @Test
  void lettersOfEveryScriptAreKeptAndALosslessCodeNeedsNoSuffix() {
    assertThat(names.couple("王家")).isEqualTo("couple-王家");
    assertThat(names.couple("Пара-3")).isEqualTo("couple-пара-3");
    assertThat(names.couple("C07")).isEqualTo("couple-c07");
    assertThat(names.couple("A/B")).matches("couple-a-b_[0-9a-z]{6}");
    assertThat(names.couple("//")).matches("couple-[0-9a-z]{6}");
  }

  @Test
  void longCodesAreCutWellBelowTheFileSystemLimitAndStayApart() {
    String base = "家".repeat(300);
    String one = names.couple(base + "1");
    String other = names.couple(base + "2");
    assertThat(one).isNotEqualTo(other);
    assertThat((one + "-handout.pdf").getBytes(StandardCharsets.UTF_8).length).isLessThan(160);
  }

  @Test
  void aClientIsNamedReadablyWithAKeyedSuffixThatTellsNamesakesApart() {
    String alex = names.client(client("alex@example.org", "Alex Berg"));
    String otherAlex = names.client(client("alex.b@example.org", "Alex Berg"));
    assertThat(alex).matches("client-alex-berg_[0-9a-z]{6}");
    assertThat(otherAlex).startsWith("client-alex-berg_").isNotEqualTo(alex);
    assertThat(names.client(client("jürgen@example.org", "Jürgen Weiß")))
        .startsWith("client-jürgen-weiß_");
  }

  @Test
  void theSuffixIsKeyedWithTheCoachsSecret() {
    Client alex = client("alex@example.org", "Alex Berg");
    assertThat(ReportNames.keyedWith(KEY).client(alex)).isEqualTo(names.client(alex));
    assertThat(ReportNames.keyedWith(Pseudonyms.withSecret(secret(8))).client(alex))
        .isNotEqualTo(names.client(alex));
  }

  @Test
  void aPseudonymisedClientIsNamedByTheirCodeAlone() {
    assertThat(names.client(client("K7QM-3XAP", null))).isEqualTo("client-k7qm-3xap");
  }

  @Test
  void aSecondReportOnAFileAnotherReportClaimedIsRefused() {
    Path file = Path.of("out", "couple-a-b.pdf");
    assertThat(names.claim(file, "A-B")).isEmpty();
    assertThat(names.claim(file, "a-b")).as("the same couple again").isEmpty();
    assertThat(names.claim(file, "A/B"))
        .hasValueSatisfying(
            message ->
                assertThat(message)
                    .startsWith("another report of this run has the same file name"));
  }

  private static Client client(String id, String name) {
    return ReportFixtures.client(id, name, null, 1, 3.6, 0, 7);
  }
}
