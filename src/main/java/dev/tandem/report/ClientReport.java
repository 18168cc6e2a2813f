package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScaleScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a client report says, independent of the file format: the sheet and the PDF both render
 * this, so they cannot drift apart.
 */
record ClientReport(String clientLabel, Optional<LocalDate> assessed, List<Section> sections,
    List<Progress> progress, List<AnswerBlock> answers) {

  static final String TITLE = "Tandem client report";

  ClientReport {
    sections = List.copyOf(sections);
    progress = List.copyOf(progress);
    answers = List.copyOf(answers);
  }

  /** One questionnaire's latest scores. */
  record Section(Questionnaire questionnaire, Occasion occasion, List<ScaleScore> scores) {
    Section {
      scores = List.copyOf(scores);
    }
  }

  /** When an assessment took place: its date when the export had one, else its number. */
  record Occasion(int number, Optional<LocalDate> date) {
    String label() {
      return date.map(Formats::date).orElse("Assessment " + number);
    }

    String shortLabel() {
      return date.map(Formats::shortDate).orElse("#" + number);
    }
  }

  /** A questionnaire the client answered more than once: its scores at each occasion, oldest first. */
  record Progress(Questionnaire questionnaire, List<Occasion> occasions, List<QuestionnaireScores> scores) {
    Progress {
      occasions = List.copyOf(occasions);
      scores = List.copyOf(scores);
    }

    QuestionnaireScores first() {
      return scores.get(0);
    }

    QuestionnaireScores latest() {
      return scores.get(scores.size() - 1);
    }
  }

  /** One scale's first and latest score, the change and the verdict in words. */
  record Change(String scale, OptionalDouble first, OptionalDouble latest, String verdict) {
    OptionalDouble change() {
      return first.isPresent() && latest.isPresent()
          ? OptionalDouble.of(latest.getAsDouble() - first.getAsDouble()) : OptionalDouble.empty();
    }
  }

  /** Every item of one questionnaire at one occasion with the raw answer. */
  record AnswerBlock(Questionnaire questionnaire, Occasion occasion, QuestionnaireScores scores) {}

  /** The first-to-latest changes of every scale of a questionnaire answered more than once. */
  static List<Change> changes(Progress progress) {
    List<Change> changes = new ArrayList<>();
    for (ScaleScore latest : progress.latest().scales()) {
      Optional<ScaleScore> before = progress.first().scale(latest.scale().id());
      OptionalDouble first = before.map(ScaleScore::value).orElse(OptionalDouble.empty());
      String verdict = before.isPresent() && first.isPresent() && latest.isScored()
          ? verdict(before.get(), latest)
          : "cannot be compared: a score is missing";
      changes.add(new Change(latest.scale().name(), first, latest.value(), verdict));
    }
    return changes;
  }

  /** "Need for solitude: 12 Jan 2026 to 12 Mar 2026". */
  static String span(Progress progress) {
    return progress.questionnaire().title() + ": " + progress.occasions().get(0).label() + " to "
        + progress.occasions().get(progress.occasions().size() - 1).label();
  }

  static ClientReport of(Client client, List<Questionnaire> questionnaires) {
    Objects.requireNonNull(client, "client must not be null");
    Objects.requireNonNull(questionnaires, "questionnaires must not be null");
    List<Assessment> assessments = client.assessments();
    List<Section> sections = new ArrayList<>();
    List<Progress> progress = new ArrayList<>();
    List<AnswerBlock> answers = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
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
      sections.add(new Section(questionnaire, occasions.get(last), scores.get(last).scales()));
      if (scores.size() > 1) {
        progress.add(new Progress(questionnaire, occasions, scores));
      }
    }
    Optional<LocalDate> assessed = client.latest().submitted().map(t -> t.toLocalDate());
    return new ClientReport(client.name().orElse(client.id()), assessed, sections, progress, answers);
  }

  private static Occasion occasion(Assessment assessment, int number) {
    return new Occasion(number, assessment.submitted().map(t -> t.toLocalDate()));
  }

  static String band(ScaleScore score) {
    return score.band().map(Band::label).orElse("not scored");
  }

  /** The guidance for the band the score falls in, or why there is no score. */
  static String guidance(ScaleScore score) {
    return score.band().map(Band::guidance).map(String::strip)
        .orElseGet(() -> "Not scored: " + score.missingReason().orElse("the score is outside the scale's range") + ".");
  }

  /**
   * The percentile and its source where a norm standing exists.
   * TODO(stats): read the norm standing the stats work adds to scoring once it lands on main;
   * until then no percentile is shown.
   */
  static Optional<String> percentile(ScaleScore score) {
    return Optional.empty();
  }

  /**
   * The reliable-change verdict between the first and the latest score, in plain words.
   * TODO(stats): use ReliableChange from scoring once the stats work lands on main.
   */
  static String verdict(ScaleScore first, ScaleScore latest) {
    return "not yet assessed";
  }

  static String answerLabel(Questionnaire questionnaire, double value) {
    return Double.isNaN(value) ? "(no answer)" : questionnaire.responseScale().label((int) Math.round(value));
  }
}
