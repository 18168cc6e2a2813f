package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.CohortReference;
import dev.tandem.scoring.NormSource;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ReliableChange;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.Standing;
import dev.tandem.stats.CohortStatistics;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * What a client report says, independent of the file format: the sheet and the PDF both render
 * this, so they cannot drift apart.
 */
record ClientReport(
    String clientLabel,
    Optional<LocalDate> assessed,
    List<Section> sections,
    List<Progress> progress,
    List<AnswerBlock> answers) {

  static final String TITLE = "Tandem client report";

  /** Why a composite's change gets no verdict; the change figure itself is still shown. */
  static final String COMPOSITE_VERDICT =
      "not assessed: it combines other scales and has no reliability of its "
          + "own; read the change of those scales";

  ClientReport {
    sections = List.copyOf(sections);
    progress = List.copyOf(progress);
    answers = List.copyOf(answers);
  }

  /**
   * One questionnaire's latest scores. Percentiles ("62nd") are there only where norms or a cohort
   * large enough stand behind them: {@code percentileHeading} names what they compare with, and is
   * empty when no scale has one, so that no percentile column appears at all. {@code normNote} says
   * what the percentiles were computed against, or why there are none.
   */
  record Section(
      Questionnaire questionnaire,
      Occasion occasion,
      List<ScaleScore> scores,
      List<String> percentiles,
      Optional<String> percentileHeading,
      String normNote) {
    Section {
      scores = List.copyOf(scores);
      percentiles = List.copyOf(percentiles);
    }
  }

  /** When an assessment took place: its date when the export had one, else its number. */
  record Occasion(int number, Optional<LocalDate> date) {
    String label() {
      return date.map(Formats::date).orElse("Assessment " + number);
    }
  }

  /**
   * A questionnaire the client answered more than once: its scores at each occasion, oldest first,
   * and the change of every scale from the first to the latest.
   */
  record Progress(
      Questionnaire questionnaire,
      List<Occasion> occasions,
      List<QuestionnaireScores> scores,
      List<Change> changes) {
    Progress {
      occasions = List.copyOf(occasions);
      scores = List.copyOf(scores);
      changes = List.copyOf(changes);
    }

    QuestionnaireScores first() {
      return scores.get(0);
    }

    QuestionnaireScores latest() {
      return scores.get(scores.size() - 1);
    }
  }

  /**
   * One scale's first and latest score, the change and the reliable-change verdict; a composite (a
   * scale computed from others) has a change but no reliability of its own.
   */
  record Change(
      String scale,
      boolean composite,
      OptionalDouble first,
      OptionalDouble latest,
      Optional<ReliableChange> reliable) {

    /** The verdict in plain words. */
    String verdict() {
      if (change().isEmpty()) {
        return "cannot be compared: a score is missing";
      }
      if (composite) {
        return COMPOSITE_VERDICT;
      }
      return reliable.map(ClientReport::words).orElseThrow();
    }

    OptionalDouble change() {
      return first.isPresent() && latest.isPresent()
          ? OptionalDouble.of(latest.getAsDouble() - first.getAsDouble())
          : OptionalDouble.empty();
    }
  }

  /** Every item of one questionnaire at one occasion with the raw answer. */
  record AnswerBlock(Questionnaire questionnaire, Occasion occasion, QuestionnaireScores scores) {}

  private static List<Change> changes(
      QuestionnaireScores first,
      QuestionnaireScores latest,
      Function<ScaleScore, Optional<CohortReference>> reference) {
    List<Change> changes = new ArrayList<>();
    for (ScaleScore now : latest.scales()) {
      Optional<ScaleScore> before = first.scale(now.scale().id()).filter(ScaleScore::isScored);
      Optional<ReliableChange> reliable =
          before.isPresent() && now.isScored()
              ? Optional.of(
                  ReliableChange.between(
                      now.scale(),
                      before.get().value().getAsDouble(),
                      now.value().getAsDouble(),
                      reference.apply(now)))
              : Optional.empty();
      changes.add(
          new Change(
              now.scale().name(),
              now.scale().isComposite(),
              before.map(ScaleScore::value).orElse(OptionalDouble.empty()),
              now.value(),
              reliable));
    }
    return changes;
  }

  /**
   * The reliable-change verdict in plain words: higher or lower, and, where the scale's {@code
   * concern} names an end to watch, whether the change moved towards it or away from it. The
   * reasons for "not assessed" are in {@link #changeNote}.
   */
  static String words(ReliableChange change) {
    String direction = change.rci().orElse(0) > 0 ? "reliably higher" : "reliably lower";
    return switch (change.verdict()) {
      case IMPROVED -> direction + ", away from the end to watch";
      case WORSENED -> direction + ", towards the end to watch";
      case INCREASED, DECREASED -> direction;
      case NO_RELIABLE_CHANGE -> "no reliable change";
      case NOT_COMPUTED -> "not assessed";
    };
  }

  /**
   * How the verdicts were reached, and why any could not be: a footnote under the progress table.
   */
  static String changeNote(List<Progress> progress) {
    List<String> reasons = new ArrayList<>();
    boolean computed = false;
    for (Progress p : progress) {
      for (Change change : p.changes()) {
        if (change.reliable().isEmpty() || change.composite()) {
          continue;
        }
        ReliableChange reliable = change.reliable().get();
        if (reliable.verdict() == ReliableChange.Verdict.NOT_COMPUTED) {
          String reason = reliable.basis().replaceFirst("^not computed: ", "");
          if (!reasons.contains(reason)) {
            reasons.add(reason);
          }
        } else {
          computed = true;
        }
      }
    }
    StringBuilder note = new StringBuilder();
    if (computed) {
      note.append(
          "A change counts as reliable when it is larger than 1.96 times the standard error of the "
              + "difference (Jacobson and Truax), from each scale's reliability and spread of scores as stated in "
              + "the questionnaire or, where it states none, as found in this cohort.");
    }
    if (!reasons.isEmpty()) {
      note.append(note.length() == 0 ? "" : " ")
          .append("Not assessed where there is ")
          .append(String.join("; ", reasons))
          .append('.');
    }
    return note.toString();
  }

  /** "Need for solitude: 12 Jan 2026 to 12 Mar 2026". */
  static String span(Progress progress) {
    return progress.questionnaire().title()
        + ": "
        + progress.occasions().get(0).label()
        + " to "
        + progress.occasions().get(progress.occasions().size() - 1).label();
  }

  static ClientReport of(Client client, List<Questionnaire> questionnaires) {
    return of(client, questionnaires, Optional.empty());
  }

  /**
   * The report of a client; {@code statistics}, when given, are the cohort's, which percentiles and
   * reliable change fall back on where a definition states no norms or reliability.
   */
  static ClientReport of(
      Client client, List<Questionnaire> questionnaires, Optional<CohortStatistics> statistics) {
    Objects.requireNonNull(client, "client must not be null");
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    List<Assessment> assessments = client.assessments();
    List<Section> sections = new ArrayList<>();
    List<Progress> progress = new ArrayList<>();
    List<AnswerBlock> answers = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      Function<ScaleScore, Optional<CohortReference>> reference =
          score -> statistics.flatMap(s -> s.reference(questionnaire.id(), score.scale().id()));
      List<Occasion> occasions = new ArrayList<>();
      List<QuestionnaireScores> scores = new ArrayList<>();
      for (int i = 0; i < assessments.size(); i++) {
        Optional<QuestionnaireScores> found = assessments.get(i).scoresFor(questionnaire.id());
        if (found.isPresent()) {
          Occasion occasion = occasion(assessments.get(i), i + 1);
          occasions.add(occasion);
          scores.add(found.get());
          answers.add(new AnswerBlock(questionnaire, occasion, found.get()));
        }
      }
      if (scores.isEmpty()) {
        continue;
      }
      int last = scores.size() - 1;
      sections.add(
          section(questionnaire, occasions.get(last), scores.get(last).scales(), reference));
      if (scores.size() > 1) {
        progress.add(
            new Progress(
                questionnaire,
                occasions,
                scores,
                changes(scores.get(0), scores.get(last), reference)));
      }
    }
    Optional<LocalDate> assessed = client.latest().submitted().map(t -> t.toLocalDate());
    return new ClientReport(
        client.name().orElse(client.id()), assessed, sections, progress, answers);
  }

  private static Section section(
      Questionnaire questionnaire,
      Occasion occasion,
      List<ScaleScore> scores,
      Function<ScaleScore, Optional<CohortReference>> reference) {
    List<String> percentiles = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    List<NormSource> sources = new ArrayList<>();
    for (ScaleScore score : scores) {
      Standing standing = Standing.of(score, reference.apply(score));
      percentiles.add(
          standing.percentile().isPresent()
              ? Formats.ordinal(
                  (int) Math.max(1, Math.min(99, Math.round(standing.percentile().getAsDouble()))))
              : "-");
      if (standing.source() != NormSource.NONE && !sources.contains(standing.source())) {
        sources.add(standing.source());
      }
      String basis =
          standing.source() == NormSource.NONE
              ? "no percentiles: " + standing.basis()
              : "percentiles " + standing.basis().replaceFirst(";.*$", "");
      if (!bases.contains(basis)) {
        bases.add(basis);
      }
    }
    String note = bases.isEmpty() ? "" : capitalised(String.join("; ", bases)) + ".";
    if (sources.contains(NormSource.COHORT)) {
      note +=
          " A cohort percentile is the share of your own clients who scored lower, not a comparison with "
              + "people in general.";
    }
    Optional<String> heading =
        sources.isEmpty()
            ? Optional.empty()
            : Optional.of(sources.size() == 1 ? percentileName(sources.get(0)) : "Percentile");
    return new Section(questionnaire, occasion, scores, percentiles, heading, note);
  }

  /** What a percentile is called after what it compares with. */
  private static String percentileName(NormSource source) {
    return switch (source) {
      case COHORT -> "Cohort percentile";
      case DEFINITION -> "Norm percentile";
      case NONE -> throw new IllegalArgumentException("no percentile without norms or a cohort");
    };
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static Occasion occasion(Assessment assessment, int number) {
    return new Occasion(number, assessment.submitted().map(t -> t.toLocalDate()));
  }

  /**
   * The bold lead of a scale's guidance: "Recharging alone (High): ", and when the score rests on
   * fewer statements than the scale has, "Recharging alone (High; 5 of 6 statements answered): ".
   */
  static String lead(ScaleScore score) {
    String answered =
        score.isScored() && score.answered() < score.items()
            ? "; " + score.answered() + " of " + score.items() + " statements answered"
            : "";
    return score.scale().name() + " (" + band(score) + answered + "): ";
  }

  static String band(ScaleScore score) {
    return score.band().map(Band::label).orElse("not scored");
  }

  /** The guidance for the band the score falls in, or why there is no score. */
  static String guidance(ScaleScore score) {
    return score
        .band()
        .map(Band::guidance)
        .map(String::strip)
        .orElseGet(
            () ->
                capitalised(score.missingReason().orElse("the score is outside the scale's range"))
                    + ".");
  }

  static String answerLabel(Questionnaire questionnaire, double value) {
    return Double.isNaN(value)
        ? "(no answer)"
        : questionnaire.responseScale().label((int) Math.round(value));
  }
}
