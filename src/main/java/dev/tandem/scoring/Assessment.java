package dev.tandem.scoring;

import dev.tandem.ingest.Response;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One response, scored on every questionnaire it answered. */
public record Assessment(Response response, List<QuestionnaireScores> scores) {

  public Assessment {
    Objects.requireNonNull(response, "response must not be null");
    scores = List.copyOf(scores);
  }

  public Optional<QuestionnaireScores> scoresFor(String questionnaireId) {
    return scores.stream().filter(s -> s.questionnaire().id().equals(questionnaireId)).findFirst();
  }

  public Optional<ScaleScore> scale(String questionnaireId, String scaleId) {
    return scoresFor(questionnaireId).flatMap(s -> s.scale(scaleId));
  }

  public Optional<LocalDateTime> submitted() {
    return response.submitted();
  }
}
