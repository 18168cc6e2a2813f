package dev.tandem.report;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.Scorer;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/** Clients built from the shipped questionnaires and seeded synthetic answers. */
final class ReportFixtures {

  static final Path QUESTIONNAIRES = Path.of("questionnaires");
  static final LocalDateTime FIRST_VISIT = LocalDateTime.of(2026, 1, 12, 18, 30);

  private ReportFixtures() {}

  static List<Questionnaire> questionnaires() {
    return QuestionnaireLoader.loadDirectory(QUESTIONNAIRES);
  }

  /**
   * A client who answered every questionnaire {@code visits} times, two months apart. Each answer
   * leans towards {@code lean} (1..5) with some seeded noise; later visits drift by {@code drift}.
   */
  static Client client(String id, String name, String couple, int visits, double lean, double drift, long seed) {
    List<Questionnaire> questionnaires = questionnaires();
    Random random = new Random(seed);
    List<Assessment> assessments = new ArrayList<>();
    for (int v = 0; v < visits; v++) {
      Map<String, Answers> answers = new LinkedHashMap<>();
      for (Questionnaire questionnaire : questionnaires) {
        double[] values = new double[questionnaire.items().size()];
        for (int i = 0; i < values.length; i++) {
          double wanted = lean + v * drift + random.nextGaussian() * 0.9;
          if (questionnaire.items().get(i).reversed()) {
            wanted = 6 - wanted;
          }
          values[i] = Math.max(1, Math.min(5, Math.round(wanted)));
        }
        answers.put(questionnaire.id(), Answers.of(values));
      }
      Response response = new Response(id, Optional.ofNullable(name), Optional.ofNullable(couple),
          Optional.of(FIRST_VISIT.plusMonths(2L * v)), new Position(Path.of("export.csv"), 2 + v, 0), answers);
      assessments.add(assessment(response, questionnaires));
    }
    return new Client(id, Optional.ofNullable(name), Optional.ofNullable(couple), assessments);
  }

  static Assessment assessment(Response response, List<Questionnaire> questionnaires) {
    List<QuestionnaireScores> scores = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      response.answersTo(questionnaire.id()).ifPresent(a -> scores.add(new Scorer(questionnaire).score(a)));
    }
    return new Assessment(response, scores);
  }
}
