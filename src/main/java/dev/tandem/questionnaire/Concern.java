package dev.tandem.questionnaire;

/** Which end of a scale a coach should watch: high scores, low scores, or neither. */
public enum Concern {
  HIGH,
  LOW,
  NONE
}
