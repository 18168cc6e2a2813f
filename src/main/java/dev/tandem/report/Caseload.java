package dev.tandem.report;

import dev.tandem.couples.CoupleComparison;
import dev.tandem.couples.CouplesAnalysis;
import dev.tandem.couples.CouplesAnalysis.CoupleResult;
import dev.tandem.couples.PatternMatch;
import dev.tandem.couples.ScaleComparison;
import dev.tandem.questionnaire.Band;
import dev.tandem.questionnaire.PartnerDifference.DifferenceSize;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.Scale;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.Client;
import dev.tandem.scoring.QuestionnaireScores;
import dev.tandem.scoring.ScaleScore;
import dev.tandem.scoring.ScoredCohort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who needs a coach's attention first: one row per client and per couple, with what calls for
 * attention (scores in the band at a scale's concerning end; for couples, patterns that fire and
 * large partner differences), when each was last assessed and when the next assessment is due (the
 * latest assessment of each questionnaire plus its {@code retestAfterDays}, the earliest of them).
 * Rows are sorted by the number of attention points, then by the due date, earliest first.
 */
record Caseload(List<Row> rows) {

  Caseload {
    rows = List.copyOf(rows);
  }

  /** Whether a row is about one client or about a couple. */
  enum Kind {
    CLIENT("Client"),
    COUPLE("Couple");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * One client or couple: what needs attention, the dates, and the stem of its report's file name.
   */
  record Row(
      Kind kind,
      String who,
      List<String> attention,
      Optional<LocalDate> lastAssessed,
      Optional<LocalDate> due,
      String reportStem) {
    Row {
      attention = List.copyOf(attention);
    }

    boolean overdue(LocalDate today) {
      return due.filter(d -> !d.isAfter(today)).isPresent();
    }
  }

  private static final Comparator<Row> PRIORITY =
      Comparator.comparingInt((Row row) -> -row.attention().size())
          .thenComparing(row -> row.due().orElse(LocalDate.MAX))
          .thenComparing(Row::who);

  /**
   * The caseload of a cohort; {@code names} gives each row's report file name, as the reports were
   * named.
   */
  static Caseload of(ScoredCohort cohort, Optional<CouplesAnalysis> couples, ReportNames names) {
    List<Row> rows = new ArrayList<>();
    for (Client client : cohort.clients()) {
      rows.add(
          new Row(
              Kind.CLIENT,
              client.name().orElse(client.id()),
              concerns(client, cohort.questionnaires()),
              lastAssessed(client),
              due(client, cohort.questionnaires()),
              names.client(client)));
    }
    couples.ifPresent(
        analysis -> analysis.couples().forEach(couple -> rows.add(row(couple, cohort, names))));
    rows.sort(PRIORITY);
    return new Caseload(rows);
  }

  private static Row row(CoupleResult couple, ScoredCohort cohort, ReportNames names) {
    CoupleComparison comparison = couple.comparison();
    List<String> attention = new ArrayList<>();
    for (PatternMatch match : couple.patterns().fired()) {
      attention.add(match.pattern().name());
    }
    for (ScaleComparison scale : comparison.scales()) {
      if (scale.size().filter(size -> size == DifferenceSize.LARGE).isPresent()) {
        attention.add(scale.scale().name() + ": large partner difference");
      }
    }
    List<Client> partners = List.of(comparison.couple().a(), comparison.couple().b());
    Optional<LocalDate> last =
        partners.stream()
            .map(Caseload::lastAssessed)
            .flatMap(Optional::stream)
            .max(Comparator.naturalOrder());
    Optional<LocalDate> due =
        partners.stream()
            .map(p -> due(p, cohort.questionnaires()))
            .flatMap(Optional::stream)
            .min(Comparator.naturalOrder());
    String code = comparison.couple().code();
    return new Row(Kind.COUPLE, "Couple " + code, attention, last, due, names.couple(code));
  }

  /**
   * The client's latest scores that lie in the band at their scale's concerning end, with the band.
   */
  private static List<String> concerns(Client client, List<Questionnaire> questionnaires) {
    List<String> found = new ArrayList<>();
    for (Questionnaire questionnaire : questionnaires) {
      latest(client, questionnaire)
          .ifPresent(
              scores ->
                  scores.scales().stream()
                      .filter(Caseload::atConcerningEnd)
                      .forEach(
                          score ->
                              found.add(
                                  score.scale().name()
                                      + ": "
                                      + score.band().orElseThrow().label())));
    }
    return found;
  }

  static boolean atConcerningEnd(ScaleScore score) {
    Scale scale = score.scale();
    if (score.band().isEmpty() || scale.bands().isEmpty()) {
      return false;
    }
    Band band = score.band().get();
    return switch (scale.concern()) {
      case HIGH -> band.equals(scale.bands().get(scale.bands().size() - 1));
      case LOW -> band.equals(scale.bands().get(0));
      case NONE -> false;
    };
  }

  private static Optional<QuestionnaireScores> latest(Client client, Questionnaire questionnaire) {
    List<Assessment> assessments = client.assessments();
    for (int i = assessments.size() - 1; i >= 0; i--) {
      Optional<QuestionnaireScores> scores = assessments.get(i).scoresFor(questionnaire.id());
      if (scores.isPresent()) {
        return scores;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> lastAssessed(Client client) {
    return client.latest().submitted().map(t -> t.toLocalDate());
  }

  /** The earliest of: each questionnaire's latest dated assessment plus its retest interval. */
  private static Optional<LocalDate> due(Client client, List<Questionnaire> questionnaires) {
    return questionnaires.stream()
        .flatMap(
            questionnaire ->
                latestDate(client, questionnaire)
                    .map(date -> date.plusDays(questionnaire.retestAfterDays()))
                    .stream())
        .min(Comparator.naturalOrder());
  }

  private static Optional<LocalDate> latestDate(Client client, Questionnaire questionnaire) {
    return client.assessments().stream()
        .filter(a -> a.scoresFor(questionnaire.id()).isPresent())
        .flatMap(a -> a.submitted().stream())
        .map(t -> t.toLocalDate())
        .max(Comparator.naturalOrder());
  }
}
