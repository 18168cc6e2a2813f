package dev.tandem.stats;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortReference;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScoredCohort;
import dev.tandem.scoring.Scorer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The statistics of a cohort: per questionnaire and scale the descriptives and internal
 * consistency, and the correlations between every pair of scale scores. Every figure is computed
 * from one row per client: their latest assessment of each questionnaire (a client who answered
 * twice counts once, with their current answers). The item analysis uses the same rows, with every
 * answer given, whether or not the scale was scored.
 */
public record CohortStatistics(
    long clients, List<QuestionnaireStatistics> questionnaires, List<Correlation> correlations) {

  /** What the figures are computed from, for a report's footnote. */
  public static final String BASIS = "each client's latest assessment of each questionnaire";

  public CohortStatistics {
    questionnaires = List.copyOf(questionnaires);
    correlations = List.copyOf(correlations);
  }

  /**
   * The statistics of a scored cohort, from each client's latest assessment of each questionnaire.
   */
  public static CohortStatistics of(ScoredCohort cohort) {
    Objects.requireNonNull(cohort, "cohort must not be null");
    Builder builder = builder(cohort.questionnaires());
    for (Client client : cohort.clients()) {
      builder.add(latestScores(client, cohort.questionnaires()));
    }
    return builder.build();
  }

  /** A client's latest scores on each questionnaire they answered. */
  public static List<QuestionnaireScores> latestScores(
      Client client, List<Questionnaire> questionnaires) {
    List<QuestionnaireScores> latest = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      List<Assessment> assessments = client.assessments();
      for (int i = assessments.size() - 1; i >= 0; i--) {
        Optional<QuestionnaireScores> scores = assessments.get(i).scoresFor(questionnaire.id());
        if (scores.isPresent()) {
          latest.add(scores.get());
          break;
        }
      }
    }
    return latest;
  }

  public static Builder builder(List<Questionnaire> questionnaires) {
    return new Builder(questionnaires);
  }

  public Optional<QuestionnaireStatistics> questionnaire(String questionnaireId) {
    return questionnaires.stream().filter(q -> q.id().equals(questionnaireId)).findFirst();
  }

  public Optional<ScaleStatistics> scale(String questionnaireId, String scaleId) {
    return questionnaire(questionnaireId).flatMap(q -> q.scale(scaleId));
  }

  /**
   * What this cohort says about a scale, for standings and reliable change: the mean and SD of the
   * scored clients' latest scores and the scale's alpha. Empty when nobody has a score on it.
   */
  public Optional<CohortReference> reference(String questionnaireId, String scaleId) {
    return scale(questionnaireId, scaleId)
        .flatMap(
            s -> {
              Descriptives d = s.descriptives();
              if (d.n() == 0) {
                return Optional.empty();
              }
              return Optional.of(
                  new CohortReference(
                      d.mean().getAsDouble(), d.sd().orElse(0), d.n(), s.consistency().alpha()));
            });
  }

  /**
   * Accumulates one row per client and computes the statistics at the end. Memory holds the item
   * co-moments per scale and the counts of each distinct scale score, neither of which grows with
   * the number of clients. Not thread safe.
   */
  public static final class Builder {

    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Part> byId = new HashMap<>();
    private final PairwiseMoments scoreMoments;
    private final double[] scoreRow;
    private final List<String> scoreNames = new ArrayList<>();
    private long clients;

    private Builder(List<Questionnaire> questionnaires) {
      int column = 0;
      for (Questionnaire questionnaire : questionnaires) {
        Part part = new Part(questionnaire, column);
        if (byId.putIfAbsent(questionnaire.id(), part) != null) {
          throw new IllegalArgumentException(
              "questionnaire " + questionnaire.id() + " is given twice");
        }
        parts.add(part);
        for (Scale scale : questionnaire.scales()) {
          scoreNames.add(questionnaire.id() + "." + scale.id());
        }
        column += questionnaire.scales().size();
      }
      scoreMoments = new PairwiseMoments(Math.max(1, column));
      scoreRow = new double[Math.max(1, column)];
    }

    /** Adds one client: their (latest) scores on each questionnaire they answered. */
    public Builder add(List<QuestionnaireScores> row) {
      Objects.requireNonNull(row, "row must not be null");
      Arrays.fill(scoreRow, Double.NaN);
      for (QuestionnaireScores scores : row) {
        Part part = byId.get(scores.questionnaire().id());
        if (part == null) {
          throw new IllegalArgumentException(
              "scores of a questionnaire the builder does not know: "
                  + scores.questionnaire().id());
        }
        part.add(scores, scoreRow);
      }
      for (Part part : parts) {
        part.addScores(scoreRow);
      }
      scoreMoments.add(scoreRow);
      clients++;
      return this;
    }

    public CohortStatistics build() {
      List<QuestionnaireStatistics> statistics = parts.stream().map(Part::build).toList();
      List<Correlation> correlations = new ArrayList<>();
      for (int i = 0; i < scoreNames.size(); i++) {
        for (int j = i + 1; j < scoreNames.size(); j++) {
          correlations.add(
              Correlation.of(scoreNames.get(i), scoreNames.get(j), scoreMoments, i, j));
        }
      }
      return new CohortStatistics(clients, statistics, correlations);
    }
  }

  /** One questionnaire's accumulators. */
  private static final class Part {
    private final Questionnaire questionnaire;
    private final Scorer scorer;
    private final int firstColumn;
    private final int[][] scaleItems;
    private final PairwiseMoments[] itemMoments;
    private final double[][] itemRows;
    private final ScoreDistribution[] scores;
    private long respondents;

    Part(Questionnaire questionnaire, int firstColumn) {
      this.questionnaire = questionnaire;
      this.scorer = new Scorer(questionnaire);
      this.firstColumn = firstColumn;
      Map<String, Integer> index = questionnaire.itemIndex();
      List<Scale> scales = questionnaire.scales();
      scaleItems = new int[scales.size()][];
      itemMoments = new PairwiseMoments[scales.size()];
      itemRows = new double[scales.size()][];
      scores = new ScoreDistribution[scales.size()];
      for (int s = 0; s < scales.size(); s++) {
        scaleItems[s] = scales.get(s).itemIds().stream().mapToInt(index::get).toArray();
        if (scaleItems[s].length > 0) {
          itemMoments[s] = PairwiseMoments.ofWholeNumbers(scaleItems[s].length);
          itemRows[s] = new double[scaleItems[s].length];
        }
        scores[s] = new ScoreDistribution();
      }
    }

    void add(QuestionnaireScores row, double[] scoreRow) {
      Answers answers = row.answers();
      respondents++;
      List<Scale> scales = questionnaire.scales();
      for (int s = 0; s < scales.size(); s++) {
        if (itemMoments[s] != null) {
          for (int i = 0; i < scaleItems[s].length; i++) {
            itemRows[s][i] = scorer.keyed(answers, scaleItems[s][i]);
          }
          itemMoments[s].add(itemRows[s]);
        }
        scoreRow[firstColumn + s] = scoreOf(row, s, scales.get(s).id());
      }
    }

    private static double scoreOf(QuestionnaireScores row, int s, String id) {
      return row.scale(s, id).map(score -> score.value().orElse(Double.NaN)).orElse(Double.NaN);
    }

    void addScores(double[] scoreRow) {
      for (int s = 0; s < scores.length; s++) {
        scores[s].add(scoreRow[firstColumn + s]);
      }
    }

    QuestionnaireStatistics build() {
      List<Scale> scales = questionnaire.scales();
      List<ScaleStatistics> statistics = new ArrayList<>();
      for (int s = 0; s < scales.size(); s++) {
        Scale scale = scales.get(s);
        Descriptives descriptives = scores[s].describe();
        InternalConsistency consistency =
            itemMoments[s] == null
                ? InternalConsistency.notApplicable(
                    respondents,
                    "a composite of other scales has no items of its own; see the alpha of its parts")
                : InternalConsistency.of(scale.itemIds(), itemMoments[s], respondents);
        statistics.add(new ScaleStatistics(scale, descriptives, consistency));
      }
      return new QuestionnaireStatistics(questionnaire, respondents, statistics);
    }
  }
}
