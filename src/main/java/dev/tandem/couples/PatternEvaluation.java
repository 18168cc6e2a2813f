package dev.tandem.couples;

import java.util.List;

/**
 * The patterns that fired for a couple, in the file's order, and those that did not fire but could
 * not be fully checked because a score they read is missing for one partner (each with the reason).
 */
public record PatternEvaluation(List<PatternMatch> fired, List<Undecided> undecided) {

  public PatternEvaluation {
    fired = List.copyOf(fired);
    undecided = List.copyOf(undecided);
  }

  public record Undecided(CouplePattern pattern, String reason) {}
}
