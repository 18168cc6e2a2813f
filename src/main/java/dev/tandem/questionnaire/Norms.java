package dev.tandem.questionnaire;

/**
 * A reference group for a scale: mean, standard deviation, size and where the figures come from.
 */
public record Norms(double mean, double sd, int n, String source) {}
