package dev.tandem.scoring;

import dev.tandem.questionnaire.Norms;
import dev.tandem.questionnaire.Reliability;
import dev.tandem.questionnaire.Scale;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Whether a client's score on a scale changed by more than measurement error between their first
 * and latest assessment (Jacobson &amp; Truax 1991): SEM = SD * sqrt(1 - r), S_diff = sqrt(2) *
 * SEM, RCI = (latest - first) / S_diff, reliable when |RCI| &gt; 1.96. The reliability r and the SD
 * come from the definition when it states them, else from the coach's cohort (its alpha and the SD
 * of its latest scores); {@code basis} says which was used, or why nothing could be computed.
 */
public record ReliableChange(
    Verdict verdict,
    OptionalDouble first,
    OptionalDouble latest,
    OptionalDouble rci,
    OptionalDouble criticalDifference,
    String basis) {

  /** The RCI beyond which a change counts as reliable (two-sided 5%). */
  public static final double CRITICAL_RCI = 1.96;

  /**
   * The outcome. IMPROVED and WORSENED take the scale's concern into account: for a scale whose
   * high end is the concern a reliable decrease is an improvement, for one whose low end is the
   * concern an increase is. A scale with no concern only INCREASED or DECREASED.
   */
  public enum Verdict {
    IMPROVED,
    WORSENED,
    INCREASED,
    DECREASED,
    NO_RELIABLE_CHANGE,
    NOT_COMPUTED
  }

  public ReliableChange {
    Objects.requireNonNull(verdict, "verdict must not be null");
    Objects.requireNonNull(basis, "basis must not be null");
  }

  public boolean isReliable() {
    return switch (verdict) {
      case IMPROVED, WORSENED, INCREASED, DECREASED -> true;
      case NO_RELIABLE_CHANGE, NOT_COMPUTED -> false;
    };
  }

  /**
   * The reliable change of a client on one scale between the first and the latest of their
   * assessments that have a score on it.
   */
  public static ReliableChange of(
      Client client, String questionnaireId, String scaleId, Optional<CohortReference> cohort) {
    Objects.requireNonNull(client, "client must not be null");
    List<ScaleScore> scored =
        client.assessments().stream()
            .map(a -> a.scale(questionnaireId, scaleId))
            .flatMap(Optional::stream)
            .filter(ScaleScore::isScored)
            .toList();
    if (scored.size() < 2) {
      return notComputed(
          "needs two assessments with a score on this scale; this client has " + scored.size());
    }
    Scale scale = scored.get(0).scale();
    return between(
        scale,
        scored.get(0).value().getAsDouble(),
        scored.get(scored.size() - 1).value().getAsDouble(),
        cohort);
  }

  /** The reliable change from {@code first} to {@code latest} on {@code scale}. */
  public static ReliableChange between(
      Scale scale, double first, double latest, Optional<CohortReference> cohort) {
    Objects.requireNonNull(scale, "scale must not be null");
    Optional<Reliability> stated = scale.reliability();
    Optional<Norms> norms = scale.norms();
    OptionalDouble r;
    String rFrom;
    if (stated.isPresent()) {
      r = OptionalDouble.of(stated.get().alpha());
      rFrom =
          "reliability "
              + stated.get().alpha()
              + " from the definition ("
              + stated.get().source()
              + ")";
    } else if (cohort.isPresent() && cohort.get().alpha().isPresent()) {
      r = cohort.get().alpha();
      rFrom = "this cohort's alpha " + String.format(Locale.ROOT, "%.3f", r.getAsDouble());
    } else {
      return notComputed("no reliability in the definition and no alpha from this cohort");
    }
    double sd;
    String sdFrom;
    if (norms.isPresent()) {
      sd = norms.get().sd();
      sdFrom = "SD " + sd + " from the definition's norms (" + norms.get().source() + ")";
    } else if (cohort.isPresent() && cohort.get().n() >= 2 && cohort.get().sd() > 0) {
      sd = cohort.get().sd();
      sdFrom =
          "this cohort's SD "
              + String.format(Locale.ROOT, "%.3f", sd)
              + " ("
              + cohort.get().n()
              + " clients)";
    } else {
      return notComputed("no norms SD in the definition and no spread of scores in this cohort");
    }
    double reliability = r.getAsDouble();
    if (!(reliability > 0 && reliability < 1)) {
      return notComputed("the reliability (" + rFrom + ") must be between 0 and 1");
    }
    double sDiff = Math.sqrt(2) * sd * Math.sqrt(1 - reliability);
    double rci = (latest - first) / sDiff;
    Verdict verdict;
    if (Math.abs(rci) <= CRITICAL_RCI) {
      verdict = Verdict.NO_RELIABLE_CHANGE;
    } else {
      boolean up = rci > 0;
      verdict =
          switch (scale.concern()) {
            case HIGH -> up ? Verdict.WORSENED : Verdict.IMPROVED;
            case LOW -> up ? Verdict.IMPROVED : Verdict.WORSENED;
            case NONE -> up ? Verdict.INCREASED : Verdict.DECREASED;
          };
    }
    return new ReliableChange(
        verdict,
        OptionalDouble.of(first),
        OptionalDouble.of(latest),
        OptionalDouble.of(rci),
        OptionalDouble.of(CRITICAL_RCI * sDiff),
        "using " + rFrom + " and " + sdFrom);
  }

  private static ReliableChange notComputed(String reason) {
    OptionalDouble none = OptionalDouble.empty();
    return new ReliableChange(
        Verdict.NOT_COMPUTED, none, none, none, none, "not computed: " + reason);
  }
}
