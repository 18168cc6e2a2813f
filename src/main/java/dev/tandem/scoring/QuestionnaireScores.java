package dev.tandem.scoring;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;

/** Every scale score of one respondent on one questionnaire, with the answers they came from. */
public record QuestionnaireScores(Questionnaire questionnaire, Answers answers, List<ScaleScore> scales) {

  public QuestionnaireScores {
    scales = List.copyOf(scales);
  }

  public Optional<ScaleScore> scale(String scaleId) {
    return scales.stream().filter(s -> s.scale().id().equals(scaleId)).findFirst();
  }
}
