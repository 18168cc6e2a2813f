package dev.tandem.stats;

import dev.tandem.questionnaire.Scale;
import java.util.Objects;

/** The statistics of one scale: descriptives of its scores and the consistency of its items. */
public record ScaleStatistics(
    Scale scale, Descriptives descriptives, InternalConsistency consistency) {

  public ScaleStatistics {
    Objects.requireNonNull(scale, "scale must not be null");
    Objects.requireNonNull(descriptives, "descriptives must not be null");
    Objects.requireNonNull(consistency, "consistency must not be null");
  }

  public String id() {
    return scale.id();
  }
}
