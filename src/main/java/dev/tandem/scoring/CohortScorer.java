package dev.tandem.scoring;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Questionnaire;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores every response of an import and groups them by respondent into clients, each client's
 * assessments ordered by time (then by their place in the input: files in the order given, rows in
 * file order).
 */
public final class CohortScorer {

  private CohortScorer() {}

  public static ScoredCohort score(List<Questionnaire> questionnaires, ImportResult imported) {
    List<Scorer> scorers = questionnaires.stream().map(Scorer::new).toList();
    Map<String, List<Assessment>> byRespondent = new LinkedHashMap<>();
    for (Response response : imported.responses()) {
      byRespondent
          .computeIfAbsent(response.respondentId(), k -> new ArrayList<>())
          .add(assess(scorers, response));
    }
    // A stable sort: among equal times (or none), assessments keep their order in the input.
    Comparator<Assessment> chronological =
        Comparator.comparing((Assessment a) -> a.submitted().orElse(LocalDateTime.MIN));
    List<Client> clients = new ArrayList<>();
    for (Map.Entry<String, List<Assessment>> entry : byRespondent.entrySet()) {
      List<Assessment> assessments = new ArrayList<>(entry.getValue());
      assessments.sort(chronological);
      Assessment latest = assessments.get(assessments.size() - 1);
      Optional<String> coupleCode = latest.response().coupleCode();
      if (coupleCode.isEmpty()) {
        coupleCode =
            assessments.stream()
                .map(a -> a.response().coupleCode())
                .flatMap(Optional::stream)
                .reduce((a, b) -> b);
      }
      Optional<String> name =
          assessments.stream()
              .map(a -> a.response().name())
              .flatMap(Optional::stream)
              .reduce((a, b) -> b);
      clients.add(new Client(entry.getKey(), name, coupleCode, assessments));
    }
    return new ScoredCohort(questionnaires, clients, imported);
  }

  /**
   * One response scored on every questionnaire it answered (a scorer per questionnaire, in order).
   */
  public static Assessment assess(List<Scorer> scorers, Response response) {
    List<QuestionnaireScores> scores = new ArrayList<>(scorers.size());
    for (Scorer scorer : scorers) {
      Optional<Answers> answers = response.answersTo(scorer.questionnaire().id());
      if (answers.isPresent() && !answers.get().isEmpty()) {
        scores.add(scorer.score(answers.get()));
      }
    }
    return new Assessment(response, scores);
  }
}
