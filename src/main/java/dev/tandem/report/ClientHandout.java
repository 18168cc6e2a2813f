package dev.tandem.report;

import dev.tandem.questionnaire.Band;
import dev.tandem.scoring.ScaleScore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the client's handout says, worked out once so that its PDF and its workbook sheet say the
 * same: written to the client, with nothing a coach would not hand over (no coach guidance, no
 * percentiles, nobody else's data). "At a glance" lists up to {@link #AT_A_GLANCE} strengths and
 * areas to work on by the rules of {@link Standout}; then each questionnaire, scale by scale.
 */
record ClientHandout(
    String clientName,
    Optional<LocalDate> assessed,
    List<Line> strengths,
    List<Line> areas,
    List<Section> sections) {

  static final String TITLE = "Your Tandem handout";
  static final int AT_A_GLANCE = 3;

  /** Said once, at the end of the handout. */
  static final String ABOUT =
      "About these scores: they show how you answered on this occasion, placed on each "
          + "scale's own range from its lowest to its highest possible score. They do not compare you with other "
          + "people, they are not a diagnosis, and they can change as your life and your relationship change. Use "
          + "them as a starting point for talking with your coach and your partner.";

  static final String NOTHING_STANDS_OUT =
      "None of your scores is at the end of its scale that calls for " + "attention.";
  static final String NO_STRENGTH_YET =
      "None of your scores is at the end of its scale that marks a strength "
          + "this time; that can change.";

  ClientHandout {
    strengths = List.copyOf(strengths);
    areas = List.copyOf(areas);
    sections = List.copyOf(sections);
  }

  /** A scale in the "at a glance" lists: its name and band. */
  record Line(String scale, String band) {
    String words() {
      return scale + " (" + band.toLowerCase(java.util.Locale.ROOT) + ")";
    }
  }

  /** One questionnaire as the client answered it last. */
  record Section(String title, String answered, List<ScaleBlock> scales) {
    Section {
      scales = List.copyOf(scales);
    }
  }

  /**
   * One scale: what it measures, the score on its range with the band named, what the band may mean
   * and what to try; {@code missing} says why there is no score.
   */
  record ScaleBlock(
      String name,
      String measures,
      OptionalDouble score,
      double lowest,
      double highest,
      List<Band> bands,
      Optional<Band> band,
      Optional<String> missing) {
    ScaleBlock {
      bands = List.copyOf(bands);
    }

    String scoreWords() {
      if (score.isEmpty()) {
        return "no score this time";
      }
      return band.map(Band::label).orElse("")
          + ": "
          + Formats.score(score.getAsDouble())
          + " on a scale from "
          + Formats.score(lowest)
          + " to "
          + Formats.score(highest);
    }
  }

  static ClientHandout of(ClientReport report) {
    List<Section> sections = new ArrayList<>();
    List<Ranked> standouts = new ArrayList<>();
    for (ClientReport.Section section : report.sections()) {
      List<ScaleBlock> blocks = new ArrayList<>();
      for (ScaleScore score : section.scores()) {
        blocks.add(
            new ScaleBlock(
                score.scale().name(),
                score.scale().measures() == null ? "" : score.scale().measures().strip(),
                score.value(),
                score.scale().lowest(),
                score.scale().highest(),
                score.scale().bands(),
                score.band(),
                score.isScored()
                    ? Optional.empty()
                    : Optional.of(
                        "There is no score this time: "
                            + score.missingReason().orElse("too few answers")
                            + ".")));
        if (score.isScored() && score.band().isPresent()) {
          Standout.of(score.scale(), score.value().getAsDouble())
              .ifPresent(
                  standout ->
                      standouts.add(
                          new Ranked(
                              new Line(score.scale().name(), score.band().get().label()),
                              standout)));
        }
      }
      sections.add(
          new Section(
              section.questionnaire().title(), "Answered " + section.occasion().label(), blocks));
    }
    return new ClientHandout(
        report.clientLabel(),
        report.assessed(),
        pick(standouts, Standout.Kind.STRENGTH),
        pick(standouts, Standout.Kind.AREA),
        sections);
  }

  private record Ranked(Line line, Standout standout) {}

  /**
   * End bands first, most marked first; for areas, middle bands top the list up while fewer than
   * two are found. A middle band is never called a strength: "moderate" is not something to praise.
   */
  private static List<Line> pick(List<Ranked> all, Standout.Kind kind) {
    List<Ranked> ofKind =
        all.stream()
            .filter(r -> r.standout().kind() == kind)
            .sorted(Comparator.comparingDouble((Ranked r) -> r.standout().strength()).reversed())
            .toList();
    List<Line> picked = new ArrayList<>();
    for (Ranked ranked : ofKind) {
      boolean topUp = !ranked.standout().endBand();
      if (picked.size() >= AT_A_GLANCE
          || (topUp && (kind == Standout.Kind.STRENGTH || picked.size() >= 2))) {
        break;
      }
      picked.add(ranked.line());
    }
    return picked;
  }
}
