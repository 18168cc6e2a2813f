package dev.tandem.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A couple's second turn kept in the store: it survives the store being closed and opened again,
 * starts one assessment only once the first partner has finished, is held under a hash of the first
 * partner's token, and goes when either partner is forgotten.
 */
class HandoversTest {

  private static final char[] PASSWORD = "a practice password".toCharArray();
  private static Questionnaire solitude;

  @TempDir Path temp;

  @BeforeAll
  static void load() {
    solitude = QuestionnaireLoader.load(Path.of("questionnaires/need-for-solitude.yaml"));
  }

  @Test
  void aPlannedTurnSurvivesReopeningTheStoreAndStartsOneAssessmentOnceTheFirstHasFinished()
      throws SQLException {
    Path folder = temp.resolve("store");
    String first;
    try (PracticeStore store = TestStores.create(folder, PASSWORD)) {
      Session kit = store.sessions().start("kit", Optional.empty(), Optional.of("K9"), solitude);
      first = kit.token();
      store.handovers().plan(kit, new Handovers.Next("sam", "K9", solitude.id()));
      store.sessions().answer(first, solitude, 0, 4);
      assertThat(hashes(store)).hasSize(1).noneMatch(hash -> hash.contains(first));
    }
    try (PracticeStore store = PracticeStore.open(folder, PASSWORD)) {
      Handovers handovers = store.handovers();
      assertThat(handovers.after(first)).contains(new Handovers.Next("sam", "K9", solitude.id()));
      assertThatThrownBy(() -> handovers.take(first, id -> solitude))
          .isInstanceOf(IllegalStateException.class);

      store.sessions().finish(first, solitude);
      Session sam = handovers.take(first, id -> solitude).orElseThrow();
      assertThat(sam.respondentId()).isEqualTo("sam");
      assertThat(sam.questionnaireId()).isEqualTo(solitude.id());
      assertThat(sam.token()).isNotEqualTo(first);
      assertThat(store.sessions().find(sam.token())).isPresent();

      assertThat(handovers.take(first, id -> solitude)).isEmpty();
      assertThat(handovers.after(first)).isEmpty();
    }
  }

  @Test
  void forgettingEitherPartnerRemovesTheirPlannedTurn() {
    try (PracticeStore store = TestStores.create(temp.resolve("store"), PASSWORD)) {
      Session kit = store.sessions().start("kit", Optional.empty(), Optional.of("K9"), solitude);
      store.handovers().plan(kit, new Handovers.Next("sam", "K9", solitude.id()));
      Session lee = store.sessions().start("lee", Optional.empty(), Optional.of("K7"), solitude);
      store.handovers().plan(lee, new Handovers.Next("max", "K7", solitude.id()));
      store.sessions().answer(lee.token(), solitude, 0, 3);
      store.sessions().finish(lee.token(), solitude);

      // the second partner, named by the plan only so far
      store.forget("SAM");
      assertThat(store.handovers().after(kit.token())).isEmpty();
      assertThat(store.handovers().after(lee.token())).isPresent();
      // the first partner, whose answers are stored
      store.forget("lee");
      assertThat(store.handovers().after(lee.token())).isEmpty();
    }
  }

  private static List<String> hashes(PracticeStore store) throws SQLException {
    List<String> hashes = new ArrayList<>();
    try (PreparedStatement select =
            store
                .connection()
                .prepareStatement("SELECT first_token_hash FROM assessment_handover");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        hashes.add(rows.getString(1));
      }
    }
    return hashes;
  }
}
