package dev.tandem.ingest;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.scoring.Scorer;
import java.nio.file.Path;
import java.util.List;

/** The small test questionnaires and fixture files under src/test/resources/ingest. */
final class Fixtures {

  static final Path DIR = Path.of("src/test/resources/ingest");
  static final Questionnaire SOLO =
      QuestionnaireLoader.load(DIR.resolve("questionnaires/solo.yaml"));
  static final Questionnaire TIES =
      QuestionnaireLoader.load(DIR.resolve("questionnaires/ties.yaml"));
  static final List<Questionnaire> BOTH = List.of(SOLO, TIES);

  private Fixtures() {}

  static Path file(String name) {
    return DIR.resolve(name);
  }

  static ImportResult read(String name, Questionnaire... questionnaires) {
    return Importer.read(List.of(file(name)), List.of(questionnaires), ImportOptions.defaults());
  }

  /** A scale score of one response, as the scoring layer computes it. */
  static double score(Response response, Questionnaire questionnaire, String scale) {
    return new Scorer(questionnaire)
        .score(response.answersTo(questionnaire.id()).orElseThrow())
        .scale(scale)
        .orElseThrow()
        .value()
        .orElseThrow();
  }

  static List<String> messages(ImportResult result) {
    return result.rejections().stream().map(Rejection::toString).toList();
  }
}
