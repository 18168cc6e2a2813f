package dev.tandem.questionnaire;

/**
 * A range of scale scores with a label and guidance for the coach. Bands are half-open,
 * [from, to), except the highest, which includes its upper end.
 */
public record Band(double from, double to, String label, String guidance) {}
