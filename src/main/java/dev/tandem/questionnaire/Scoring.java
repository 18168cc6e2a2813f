package dev.tandem.questionnaire;

/** How a scale combines its items: the mean of the answered items, or their (prorated) sum. */
public enum Scoring {
  MEAN,
  SUM
}
