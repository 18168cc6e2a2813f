package dev.tandem.questionnaire;

/** A scale's known internal consistency (Cronbach's alpha) and where it comes from. */
public record Reliability(double alpha, String source) {}
