package dev.tandem.couples;

import static dev.tandem.couples.CoupleFixtures.PATTERNS_FILE;
import static dev.tandem.couples.CoupleFixtures.QUESTIONNAIRES;
import static dev.tandem.couples.CoupleFixtures.client;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ingest.ImportResult;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.ScoredCohort;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouplesAnalysisTest {

  @Test
  void comparesEveryCompleteCoupleAndKeepsEveryoneElseListed() {
    List<Client> clients =
        List.of(
            client("ann").code("C1").scale("need-for-solitude.recharge", 5).build(),
            client("cat").code("C2").build(),
            client("ben").code("C1").scale("insecurity-triggers.abandonment", 5).build(),
            client("dan").code(null).build());
    ScoredCohort cohort =
        new ScoredCohort(
            QUESTIONNAIRES, clients, new ImportResult(List.of(), List.of(), 4, List.of()));

    CouplesAnalysis analysis =
        CouplesAnalysis.of(
            cohort, CouplePatterns.load(PATTERNS_FILE, QUESTIONNAIRES), PartnerRoles.NONE);

    assertThat(analysis.couples())
        .singleElement()
        .satisfies(
            result -> {
              assertThat(result.couple().code()).isEqualTo("C1");
              assertThat(result.patterns().fired())
                  .extracting(m -> m.pattern().id())
                  .contains("space-meets-abandonment");
            });
    assertThat(analysis.pairing().waiting())
        .extracting(w -> w.client().id())
        .containsExactly("cat");
    assertThat(analysis.pairing().unpaired()).extracting(Client::id).containsExactly("dan");
    assertThat(
            analysis
                .similarity()
                .scale("need-for-solitude.recharge")
                .orElseThrow()
                .iccNotComputedBecause())
        .contains("1 couple has both partners scored on this scale; at least 3 are needed");
  }
}
