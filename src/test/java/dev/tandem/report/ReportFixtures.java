package dev.tandem.report;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScoredCohort;
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
  static Client client(
      String id, String name, String couple, int visits, double lean, double drift, long seed) {
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
      Response response =
          new Response(
              id,
              Optional.ofNullable(name),
              Optional.ofNullable(couple),
              Optional.of(FIRST_VISIT.plusMonths(2L * v)),
              new Position(Path.of("export.csv"), 2 + v, 0),
              answers);
      assessments.add(assessment(response, questionnaires));
    }
    return new Client(id, Optional.ofNullable(name), Optional.ofNullable(couple), assessments);
  }

  /**
   * Six couples and one single client; the first couple's partners answered twice. Two rows were
   * rejected and one answer set aside.
   */
  static ScoredCohort cohort() {
    List<Client> clients = new ArrayList<>();
    for (int c = 1; c <= 6; c++) {
      String code = "C" + c;
      int visits = c == 1 ? 2 : 1;
      clients.add(client("a" + c + "@example.org", null, code, visits, 1.5 + c * 0.5, 0.3, c));
      clients.add(
          client("b" + c + "@example.org", null, code, visits, 4.5 - c * 0.4, -0.2, 100 + c));
    }
    clients.add(client("solo@example.org", "Solo", null, 1, 3, 0, 99));
    List<Response> responses =
        clients.stream()
            .flatMap(cl -> cl.assessments().stream())
            .map(Assessment::response)
            .toList();
    List<Rejection> rejections =
        List.of(
            Rejection.row(
                new Position(Path.of("export.csv"), 40, 0),
                "",
                "the row has no answers",
                "Remove the row."),
            Rejection.row(
                new Position(Path.of("export.csv"), 41, 3),
                "Email address",
                "the respondent is missing",
                "Fill in the email address."),
            Rejection.cell(
                new Position(Path.of("export.csv"), 12, 9),
                "sol05",
                "\"Sometimes\" is not an option",
                "Use one of the labels of the response scale."));
    return new ScoredCohort(
        questionnaires(),
        clients,
        new ImportResult(
            responses, rejections, responses.size() + 2, List.of("Read export.csv as UTF-8.")));
  }

  /** Forty clients with spread-out answers: enough for the cohort to serve as the norm group. */
  static ScoredCohort largeCohort(Client extra) {
    List<Client> clients = new ArrayList<>();
    for (int c = 0; c < 39; c++) {
      clients.add(
          client(
              "c" + c + "@example.org", null, "L" + (c / 2), 1, 1.4 + (c % 13) * 0.28, 0, 500 + c));
    }
    clients.add(extra);
    List<Response> responses =
        clients.stream()
            .flatMap(cl -> cl.assessments().stream())
            .map(Assessment::response)
            .toList();
    return new ScoredCohort(
        questionnaires(),
        clients,
        new ImportResult(responses, List.of(), responses.size(), List.of()));
  }

  static Assessment assessment(Response response, List<Questionnaire> questionnaires) {
    List<QuestionnaireScores> scores = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      response
          .answersTo(questionnaire.id())
          .ifPresent(a -> scores.add(new Scorer(questionnaire).score(a)));
    }
    return new Assessment(response, scores);
  }
}
