package dev.tandem.couples;

import dev.tandem.questionnaire.Questionnaire;

/** A questionnaire one partner answered on their latest assessment and the other did not. */
public record MissingQuestionnaire(Questionnaire questionnaire, Partner missingFrom) {

  /** What a report says about it. */
  public String describe() {
    return missingFrom.label()
        + " has not answered \""
        + questionnaire.title()
        + "\", so its scales are not compared";
  }
}
