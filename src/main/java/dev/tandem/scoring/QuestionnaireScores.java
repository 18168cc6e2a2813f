package dev.tandem.scoring;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;

/** Every scale score of one respondent on one questionnaire, with the answers they came from. */
public record QuestionnaireScores(
    Questionnaire questionnaire, Answers answers, List<ScaleScore> scales) {

  public QuestionnaireScores {
    scales = List.copyOf(scales);
  }

  /**
   * The score of the scale with this id, looked for first at {@code index} (where a {@link Scorer}
   * puts the questionnaire's scale number {@code index}), which saves a search per scale and row.
   */
  public Optional<ScaleScore> scale(int index, String scaleId) {
    if (index >= 0 && index < scales.size() && scales.get(index).scale().id().equals(scaleId)) {
      return Optional.of(scales.get(index));
    }
    return scale(scaleId);
  }

  public Optional<ScaleScore> scale(String scaleId) {
    return scales.stream().filter(s -> s.scale().id().equals(scaleId)).findFirst();
  }
}
