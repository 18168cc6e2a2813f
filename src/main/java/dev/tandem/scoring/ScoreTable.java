package dev.tandem.scoring;

import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The layout of a scores file (CSV or Excel): one row per assessment; the identity columns
 * (respondent, couple, submitted, source file and line), then for every questionnaire and scale the
 * score ({@code <questionnaire>.<scale>}), its band ({@code .band}) and the number of the scale's
 * items answered ({@code .answered}). Cells are a {@link String}, a {@link Double} or an {@link
 * Integer}; an empty string is an empty cell (a missing score, an unknown time).
 */
public final class ScoreTable {

  /** Always with seconds: {@code LocalDateTime.toString} drops them when they are zero. */
  private static final DateTimeFormatter SUBMITTED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final List<Questionnaire> questionnaires;

  public ScoreTable(List<Questionnaire> questionnaires) {
    this.questionnaires = List.copyOf(questionnaires);
  }

  public List<String> header() {
    List<String> header =
        new ArrayList<>(
            List.of("respondent_id", "couple_code", "submitted", "source_file", "source_line"));
    for (Questionnaire q : questionnaires) {
      for (Scale scale : q.scales()) {
        String column = q.id() + "." + scale.id();
        header.add(column);
        header.add(column + ".band");
        header.add(column + ".answered");
      }
    }
    return header;
  }

  /**
   * The same columns as {@link #header()} under the names a reader knows, for a printed sheet: the
   * questionnaire's title and the scale's name instead of their ids ("Insecurity triggers:
   * Sensitivity to being left", "Sensitivity to being left: band").
   */
  public List<String> printedHeader() {
    List<String> header =
        new ArrayList<>(List.of("Client", "Couple code", "Submitted", "Source file", "Line"));
    for (Questionnaire q : questionnaires) {
      for (Scale scale : q.scales()) {
        header.add(q.title() + ": " + scale.name());
        header.add(scale.name() + ": band");
        header.add(scale.name() + ": statements answered");
      }
    }
    return header;
  }

  public List<Object> row(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment must not be null");
    List<Object> row = new ArrayList<>();
    row.add(assessment.response().respondentId());
    row.add(assessment.response().coupleCode().orElse(""));
    row.add(assessment.submitted().map(SUBMITTED::format).orElse(""));
    row.add(assessment.response().source().file().toString());
    row.add(assessment.response().source().line());
    for (Questionnaire q : questionnaires) {
      Optional<QuestionnaireScores> scores = assessment.scoresFor(q.id());
      List<Scale> scales = q.scales();
      for (int i = 0; i < scales.size(); i++) {
        int index = i;
        String id = scales.get(i).id();
        Optional<ScaleScore> score = scores.flatMap(found -> found.scale(index, id));
        row.add(
            score
                .filter(ScaleScore::isScored)
                .<Object>map(s -> s.value().getAsDouble())
                .orElse(""));
        row.add(score.flatMap(ScaleScore::band).map(Band::label).orElse(""));
        row.add(score.<Object>map(ScaleScore::answered).orElse(""));
      }
    }
    return row;
  }

  /** Every assessment of the cohort, client by client, each client's oldest first. */
  public Iterable<List<Object>> rows(ScoredCohort cohort) {
    return () -> cohort.assessments().stream().map(this::row).iterator();
  }
}
