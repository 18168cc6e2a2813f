package dev.tandem.scoring;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.questionnaire.Scale;
import dev.tandem.questionnaire.Scoring;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores answers on a questionnaire: reverse keying from the response scale's bounds, the mean of
 * the answered items (or their sum, prorated to all items), the minimum-answered rule, and
 * composite scales from their components. Plain Java; one instance per questionnaire, reusable and
 * thread safe.
 */
public final class Scorer {

  private final Questionnaire questionnaire;
  private final int[][] scaleItems;
  private final boolean[] reversed;

  public Scorer(Questionnaire questionnaire) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Map<String, Integer> index = questionnaire.itemIndex();
    List<Scale> scales = questionnaire.scales();
    scaleItems = new int[scales.size()][];
    for (int s = 0; s < scales.size(); s++) {
      scaleItems[s] = scales.get(s).itemIds().stream().mapToInt(index::get).toArray();
    }
    List<Item> items = questionnaire.items();
    reversed = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      reversed[i] = items.get(i).reversed();
    }
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The answer to an item after reverse keying; NaN when missing. */
  public double keyed(Answers answers, int item) {
    double value = answers.get(item);
    return reversed[item] ? questionnaire.responseScale().reverse(value) : value;
  }

  public QuestionnaireScores score(Answers answers) {
    Objects.requireNonNull(answers, "answers must not be null");
    if (answers.size() != questionnaire.items().size()) {
      throw new IllegalArgumentException(
          "answers have "
              + answers.size()
              + " items, the questionnaire "
              + questionnaire.items().size());
    }
    List<Scale> scales = questionnaire.scales();
    List<ScaleScore> scores = new ArrayList<>(scales.size());
    Map<String, ScaleScore> byId = new HashMap<>();
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      if (!scale.isComposite()) {
        ScaleScore score = scoreItems(scale, scaleItems[s], answers);
        byId.put(scale.id(), score);
      }
    }
    for (Scale scale : scales) {
      ScaleScore score = scale.isComposite() ? scoreComposite(scale, byId) : byId.get(scale.id());
      scores.add(score);
    }
    return new QuestionnaireScores(questionnaire, answers, scores);
  }

  private ScaleScore scoreItems(Scale scale, int[] items, Answers answers) {
    ResponseScale responseScale = questionnaire.responseScale();
    double sum = 0;
    int answered = 0;
    for (int item : items) {
      double value = answers.get(item);
      if (!Double.isNaN(value)) {
        sum += reversed[item] ? responseScale.reverse(value) : value;
        answered++;
      }
    }
    int needed = scale.minimumAnswered();
    if (answered < needed) {
      String reason =
          answered == 0
              ? "no item of this scale was answered"
              : "only "
                  + answered
                  + " of "
                  + items.length
                  + " items answered; the scale needs at least "
                  + needed;
      return ScaleScore.missing(scale, answered, items.length, reason);
    }
    double mean = sum / answered;
    double value = scale.scoring() == Scoring.SUM ? mean * items.length : mean;
    return ScaleScore.scored(scale, value, answered, items.length);
  }

  private static ScaleScore scoreComposite(Scale scale, Map<String, ScaleScore> components) {
    double value = 0;
    int answered = 0;
    int items = 0;
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, Double> part : scale.composite().entrySet()) {
      ScaleScore component = components.get(part.getKey());
      answered += component.answered();
      items += component.items();
      if (component.value().isPresent()) {
        value += part.getValue() * component.value().getAsDouble();
      } else {
        missing.add(component.scale().name());
      }
    }
    if (!missing.isEmpty()) {
      return ScaleScore.missing(
          scale,
          answered,
          items,
          "it combines scales that could not be scored: " + String.join(", ", missing));
    }
    return ScaleScore.scored(scale, value, answered, items);
  }
}
