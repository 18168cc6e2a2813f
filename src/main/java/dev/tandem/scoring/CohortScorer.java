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
 * assessments ordered by time (then by their place in the file).
 */
public final class CohortScorer {

  private static final Comparator<Assessment> CHRONOLOGICAL =
      Comparator.comparing((Assessment a) -> a.submitted().orElse(LocalDateTime.MIN))
          .thenComparing(a -> a.response().source().file().toString())
          .thenComparingInt(a -> a.response().source().line());

  private CohortScorer() {}

  public static ScoredCohort score(List<Questionnaire> questionnaires, ImportResult imported) {
    List<Scorer> scorers = questionnaires.stream().map(Scorer::new).toList();
    Map<String, List<Assessment>> byRespondent = new LinkedHashMap<>();
    for (Response response : imported.responses()) {
      byRespondent.computeIfAbsent(response.respondentId(), k -> new ArrayList<>())
          .add(assess(scorers, response));
    }
    List<Client> clients = new ArrayList<>();
    for (List<Assessment> assessments : byRespondent.values()) {
      clients.add(client(assessments));
    }
    return new ScoredCohort(questionnaires, clients, imported);
  }

  /** One response scored on every questionnaire it answered (a scorer per questionnaire, in order). */
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

  /**
   * The client whose assessments these are (all of one respondent), ordered by time, then by their
   * place in the files; the couple code and name are the latest given.
   */
  public static Client client(List<Assessment> assessments) {
    List<Assessment> ordered = new ArrayList<>(assessments);
    ordered.sort(CHRONOLOGICAL);
    Assessment latest = ordered.get(ordered.size() - 1);
    Optional<String> coupleCode = latest.response().coupleCode();
    if (coupleCode.isEmpty()) {
      coupleCode = ordered.stream().map(a -> a.response().coupleCode())
          .flatMap(Optional::stream).reduce((a, b) -> b);
    }
    Optional<String> name = ordered.stream().map(a -> a.response().name())
        .flatMap(Optional::stream).reduce((a, b) -> b);
    return new Client(latest.response().respondentId(), name, coupleCode, ordered);
  }
}
