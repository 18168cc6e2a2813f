package dev.tandem.couples;

import dev.tandem.ingest.Answers;
import dev.tandem.ingest.Response;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Position;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.Scorer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds scored clients on the shipped questionnaires with chosen scale scores and item answers.
 * Public for the couple report tests in dev.tandem.report.
 */
public final class CoupleFixtures {

  public static final List<Questionnaire> QUESTIONNAIRES =
      QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));
  public static final Path PATTERNS_FILE = Path.of("questionnaires/couple-patterns.yaml");

  private CoupleFixtures() {}

  public static ClientBuilder client(String id) {
    return new ClientBuilder(id);
  }

  public static Couple couple(ClientBuilder a, ClientBuilder b) {
    return new Couple("C01", a.code("C01").build(), b.code("C01").build());
  }

  static Questionnaire questionnaire(String id) {
    return QUESTIONNAIRES.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  /**
   * A client whose every item is answered so that, after keying, it equals the chosen value for its
   * scale (3 unless set), which makes each scale score exactly that value; single items can be
   * overridden with a raw answer.
   */
  public static final class ClientBuilder {
    private final String id;
    private Optional<String> code = Optional.empty();
    private Optional<String> name = Optional.empty();
    private final Map<String, Integer> scaleValues = new HashMap<>();
    private final Map<String, Integer> rawItems = new HashMap<>();
    private final Map<String, Integer> keyedItems = new HashMap<>();
    private final Set<String> skipped = new HashSet<>();

    private ClientBuilder(String id) {
      this.id = id;
    }

    public ClientBuilder name(String value) {
      name = Optional.of(value);
      return this;
    }

    public ClientBuilder code(String value) {
      code = Optional.ofNullable(value);
      return this;
    }

    /** Sets every item of a scale (questionnaireId.scaleId) to this keyed value. */
    public ClientBuilder scale(String reference, int keyed) {
      scaleValues.put(reference, keyed);
      return this;
    }

    /**
     * Sets one item's raw answer (before keying), e.g. "closeness-desire.cd06"; 0 leaves it
     * unanswered.
     */
    public ClientBuilder item(String reference, int raw) {
      rawItems.put(reference, raw);
      return this;
    }

    /** Sets one item's answer after keying, e.g. "insecurity-triggers.ins12". */
    public ClientBuilder keyedItem(String reference, int keyed) {
      keyedItems.put(reference, keyed);
      return this;
    }

    /** Leaves a whole questionnaire unanswered. */
    public ClientBuilder without(String questionnaireId) {
      skipped.add(questionnaireId);
      return this;
    }

    public Client build() {
      Map<String, Answers> answers = new LinkedHashMap<>();
      List<QuestionnaireScores> scores = new ArrayList<>();
      for (Questionnaire questionnaire : QUESTIONNAIRES) {
        if (skipped.contains(questionnaire.id())) {
          continue;
        }
        double[] values = new double[questionnaire.items().size()];
        for (int i = 0; i < values.length; i++) {
          Item item = questionnaire.items().get(i);
          Scale scale = questionnaire.scale(item.scaleId()).orElseThrow();
          int keyed =
              keyedItems.getOrDefault(
                  questionnaire.id() + "." + item.id(),
                  scaleValues.getOrDefault(questionnaire.id() + "." + scale.id(), 3));
          int raw = item.reversed() ? (int) questionnaire.responseScale().reverse(keyed) : keyed;
          Integer override = rawItems.get(questionnaire.id() + "." + item.id());
          values[i] = override == null ? raw : (override == 0 ? Double.NaN : override);
        }
        Answers given = Answers.of(values);
        answers.put(questionnaire.id(), given);
        scores.add(new Scorer(questionnaire).score(given));
      }
      Response response =
          new Response(
              id,
              name,
              code,
              Optional.empty(),
              new Position(Path.of("fixture.csv"), 2, 1),
              answers);
      return new Client(id, name, code, List.of(new Assessment(response, scores)));
    }
  }
}
