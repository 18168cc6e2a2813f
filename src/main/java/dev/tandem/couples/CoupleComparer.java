package dev.tandem.couples;

import dev.tandem.ingest.Answers;
import dev.tandem.questionnaire.Concern;
import dev.tandem.questionnaire.Item;
import dev.tandem.questionnaire.PartnerDifference.DifferenceSize;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.ResponseScale;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.Scorer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Compares the two partners of a couple on their latest assessments, questionnaire by questionnaire
 * in the order given. A questionnaire only one partner answered is listed as missing; one neither
 * answered is left out.
 *
 * <p>The profile correlation is Pearson's r over the non-composite scales both partners have scores
 * on, each score first placed in its scale's range (0 at the lowest possible score, 1 at the
 * highest) so that scales of different ranges weigh alike; for scales that share a range this is
 * the plain correlation of the scores. It needs at least {@link #PROFILE_MINIMUM} scales, and a
 * profile that varies: when all of one partner's scores sit at the same point, r is undefined and
 * the reason says so.
 */
final class CoupleComparer {

  /** Fewer scales than this make a correlation meaningless (two points always correlate +-1). */
  public static final int PROFILE_MINIMUM = 3;

  private final List<Questionnaire> questionnaires;
  private final Map<String, Scorer> scorers = new HashMap<>();

  public CoupleComparer(List<Questionnaire> questionnaires) {
    this.questionnaires = List.copyOf(questionnaires);
    for (Questionnaire questionnaire : this.questionnaires) {
      scorers.put(questionnaire.id(), new Scorer(questionnaire));
    }
  }

  public CoupleComparison compare(Couple couple) {
    Objects.requireNonNull(couple, "couple must not be null");
    List<ScaleComparison> scales = new ArrayList<>();
    List<ItemComparison> items = new ArrayList<>();
    List<MissingQuestionnaire> missing = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      Optional<QuestionnaireScores> a = couple.a().latest().scoresFor(questionnaire.id());
      Optional<QuestionnaireScores> b = couple.b().latest().scoresFor(questionnaire.id());
      if (a.isEmpty() && b.isEmpty()) {
        continue;
      }
      if (a.isEmpty() || b.isEmpty()) {
        missing.add(new MissingQuestionnaire(questionnaire, a.isEmpty() ? Partner.A : Partner.B));
        continue;
      }
      List<ItemComparison> questionnaireItems =
          compareItems(questionnaire, a.get().answers(), b.get().answers());
      items.addAll(questionnaireItems);
      for (Scale scale : questionnaire.scales()) {
        scales.add(compareScale(questionnaire, scale, a.get(), b.get(), questionnaireItems));
      }
    }
    return new CoupleComparison(couple, scales, items, missing, profile(scales));
  }

  private List<ItemComparison> compareItems(Questionnaire questionnaire, Answers a, Answers b) {
    Scorer scorer = scorers.get(questionnaire.id());
    ResponseScale responses = questionnaire.responseScale();
    List<ItemComparison> out = new ArrayList<>();
    for (int i = 0; i < questionnaire.items().size(); i++) {
      Item item = questionnaire.items().get(i);
      Scale scale = questionnaire.scale(item.scaleId()).orElseThrow();
      OptionalDouble keyedA = present(scorer.keyed(a, i));
      OptionalDouble keyedB = present(scorer.keyed(b, i));
      OptionalDouble difference =
          keyedA.isPresent() && keyedB.isPresent()
              ? OptionalDouble.of(keyedA.getAsDouble() - keyedB.getAsDouble())
              : OptionalDouble.empty();
      boolean discussion =
          difference.isPresent()
              && Math.abs(difference.getAsDouble()) >= ItemComparison.DISCUSSION_GAP - 1e-9;
      boolean shared =
          concerning(scale.concern(), responses, keyedA)
              && concerning(scale.concern(), responses, keyedB);
      out.add(
          new ItemComparison(
              questionnaire, item, scale, keyedA, keyedB, difference, discussion, shared));
    }
    return out;
  }

  private static boolean concerning(
      Concern concern, ResponseScale responses, OptionalDouble keyed) {
    if (keyed.isEmpty()) {
      return false;
    }
    double midpoint = (responses.min() + responses.max()) / 2.0;
    return switch (concern) {
      case HIGH -> keyed.getAsDouble() > midpoint;
      case LOW -> keyed.getAsDouble() < midpoint;
      case NONE -> false;
    };
  }

  private static ScaleComparison compareScale(
      Questionnaire questionnaire,
      Scale scale,
      QuestionnaireScores a,
      QuestionnaireScores b,
      List<ItemComparison> items) {
    ScaleScore scoreA = a.scale(scale.id()).orElseThrow();
    ScaleScore scoreB = b.scale(scale.id()).orElseThrow();
    OptionalDouble difference = OptionalDouble.empty();
    Optional<DifferenceSize> size = Optional.empty();
    if (scoreA.isScored() && scoreB.isScored()) {
      double d = scoreA.value().getAsDouble() - scoreB.value().getAsDouble();
      difference = OptionalDouble.of(d);
      size = Optional.of(questionnaire.partnerDifference(scale).classify(d));
    }
    int compared = 0;
    int agreeing = 0;
    for (ItemComparison item : items) {
      if (item.scale().id().equals(scale.id()) && item.difference().isPresent()) {
        compared++;
        if (item.agrees()) {
          agreeing++;
        }
      }
    }
    OptionalDouble agreement =
        compared == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) agreeing / compared);
    return new ScaleComparison(
        questionnaire, scale, scoreA, scoreB, difference, size, agreement, compared);
  }

  private static ProfileCorrelation profile(List<ScaleComparison> scales) {
    List<double[]> points = new ArrayList<>();
    for (ScaleComparison comparison : scales) {
      Scale scale = comparison.scale();
      if (scale.isComposite() || comparison.difference().isEmpty()) {
        continue;
      }
      double range = scale.highest() - scale.lowest();
      points.add(
          new double[] {
            (comparison.a().value().getAsDouble() - scale.lowest()) / range,
            (comparison.b().value().getAsDouble() - scale.lowest()) / range
          });
    }
    int n = points.size();
    if (n < PROFILE_MINIMUM) {
      return ProfileCorrelation.undefined(
          n,
          "the partners have scores on "
              + n
              + " scale"
              + (n == 1 ? "" : "s")
              + " in common; a profile correlation needs at least "
              + PROFILE_MINIMUM);
    }
    double meanA = points.stream().mapToDouble(p -> p[0]).average().orElseThrow();
    double meanB = points.stream().mapToDouble(p -> p[1]).average().orElseThrow();
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (double[] p : points) {
      sab += (p[0] - meanA) * (p[1] - meanB);
      saa += (p[0] - meanA) * (p[0] - meanA);
      sbb += (p[1] - meanB) * (p[1] - meanB);
    }
    if (saa < 1e-12 || sbb < 1e-12) {
      String who =
          saa < 1e-12 && sbb < 1e-12
              ? "both partners'"
              : (saa < 1e-12 ? "partner A's" : "partner B's");
      return ProfileCorrelation.undefined(
          n,
          "all of "
              + who
              + " scale scores sit at the same point of their range, so the profile has no shape to compare");
    }
    return ProfileCorrelation.of(sab / Math.sqrt(saa * sbb), n);
  }

  private static OptionalDouble present(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
