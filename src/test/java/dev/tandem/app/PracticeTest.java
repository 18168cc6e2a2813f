package dev.tandem.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.store.RetestSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Practice page's due dates come from each definition's {@code retestAfterDays}. */
class PracticeTest {

  @TempDir Path folder;

  @Test
  void aQuestionnaireIsDueItsOwnRetestDaysAfterItsLastAssessmentAndAnUnknownOneAfterTheDefault()
      throws IOException {
    Path definition = folder.resolve("closeness-desire.yaml");
    Files.writeString(
        definition,
        Files.readString(Path.of("questionnaires/closeness-desire.yaml"))
            .replace("retestAfterDays: 90", "retestAfterDays: 30"));
    Questionnaire questionnaire = QuestionnaireLoader.load(definition);
    LocalDate last = LocalDate.of(2026, 3, 2);

    RetestSchedule schedule = Practice.schedule(List.of(questionnaire));

    assertThat(questionnaire.retestAfterDays()).isEqualTo(30);
    assertThat(schedule.due("closeness-desire", last)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(schedule.due("retired-questionnaire", last))
        .isEqualTo(last.plusDays(RetestSchedule.DEFAULT_DAYS));
  }
}
