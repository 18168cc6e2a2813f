package dev.tandem.stats;

import dev.tandem.questionnaire.Questionnaire;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The statistics of every scale of one questionnaire; {@code respondents} clients answered it. */
public record QuestionnaireStatistics(
    Questionnaire questionnaire, long respondents, List<ScaleStatistics> scales) {

  public QuestionnaireStatistics {
    Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    scales = List.copyOf(scales);
  }

  public String id() {
    return questionnaire.id();
  }

  public Optional<ScaleStatistics> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }
}
