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
  // per composite scale: its components' scale numbers and weights, in the definition's order
  private final int[][] components;
  private final double[][] weights;
  private final int[] minimumAnswered;
  // per item scale and number of items answered below its minimum: why it was not scored
  private final String[][] shortfalls;

  public Scorer(Questionnaire questionnaire) {
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire must not be null");
    Map<String, Integer> index = questionnaire.itemIndex();
    List<Scale> scales = questionnaire.scales();
    scaleItems = new int[scales.size()][];
    components = new int[scales.size()][];
    weights = new double[scales.size()][];
    minimumAnswered = new int[scales.size()];
    shortfalls = new String[scales.size()][];
    Map<String, Integer> scaleIndex = new HashMap<>();
    for (int s = 0; s < scales.size(); s++) {
      scaleIndex.put(scales.get(s).id(), s);
    }
    for (int s = 0; s < scales.size(); s++) {
      Scale scale = scales.get(s);
      scaleItems[s] = scale.itemIds().stream().mapToInt(index::get).toArray();
      minimumAnswered[s] = scale.minimumAnswered();
      shortfalls[s] = shortfalls(scaleItems[s].length, minimumAnswered[s]);
      components[s] = scale.composite().keySet().stream().mapToInt(scaleIndex::get).toArray();
      weights[s] = scale.composite().values().stream().mapToDouble(Double::doubleValue).toArray();
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
    ScaleScore[] scores = new ScaleScore[scales.size()];
    for (int s = 0; s < scores.length; s++) {
      if (components[s].length == 0) {
        scores[s] = scoreItems(scales.get(s), s, answers);
      }
    }
    for (int s = 0; s < scores.length; s++) {
      if (components[s].length > 0) {
        scores[s] = scoreComposite(scales.get(s), components[s], weights[s], scores);
      }
    }
    return new QuestionnaireScores(questionnaire, answers, List.of(scores));
  }

  private ScaleScore scoreItems(Scale scale, int s, Answers answers) {
    ResponseScale responseScale = questionnaire.responseScale();
    int[] items = scaleItems[s];
    double sum = 0;
    int answered = 0;
    for (int item : items) {
      double value = answers.get(item);
      if (!Double.isNaN(value)) {
        sum += reversed[item] ? responseScale.reverse(value) : value;
        answered++;
      }
    }
    if (answered < minimumAnswered[s]) {
      return ScaleScore.missing(scale, answered, items.length, shortfalls[s][answered]);
    }
    double mean = sum / answered;
    double value = scale.scoring() == Scoring.SUM ? mean * items.length : mean;
    return ScaleScore.scored(scale, value, answered, items.length);
  }

  /**
   * Why a scale of this many items is not scored, for each number answered below the minimum; made
   * once, not for every response that falls short.
   */
  private static String[] shortfalls(int items, int needed) {
    String[] reasons = new String[Math.max(0, needed)];
    for (int answered = 0; answered < reasons.length; answered++) {
      reasons[answered] =
          answered == 0
              ? "no item of this scale was answered"
              : "only "
                  + answered
                  + " of "
                  + items
                  + " items answered; the scale needs at least "
                  + needed;
    }
    return reasons;
  }

  private static ScaleScore scoreComposite(
      Scale scale, int[] parts, double[] partWeights, ScaleScore[] scores) {
    double value = 0;
    int answered = 0;
    int items = 0;
    List<String> missing = new ArrayList<>();
    for (int p = 0; p < parts.length; p++) {
      ScaleScore component = scores[parts[p]];
      answered += component.answered();
      items += component.items();
      if (component.value().isPresent()) {
        value += partWeights[p] * component.value().getAsDouble();
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
