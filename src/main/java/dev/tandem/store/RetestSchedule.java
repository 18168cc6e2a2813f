package dev.tandem.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * When a client is due to be assessed again: a number of days after their last assessment of a
 * questionnaire, per questionnaire ({@link #DEFAULT_DAYS} unless a definition says otherwise). The
 * one place due dates are computed.
 */
public record RetestSchedule(ToIntFunction<String> daysAfter) {

  /** Three months, the usual interval between assessments in coaching. */
  public static final int DEFAULT_DAYS = 90;

  /** Every questionnaire due {@value #DEFAULT_DAYS} days after its last assessment. */
  public static final RetestSchedule DEFAULT = new RetestSchedule(id -> DEFAULT_DAYS);

  public RetestSchedule {
    Objects.requireNonNull(daysAfter, "daysAfter must not be null");
  }

  /** The day an assessment of {@code questionnaireId} last taken on {@code last} is due again. */
  public LocalDate due(String questionnaireId, LocalDate last) {
    int days = daysAfter.applyAsInt(questionnaireId);
    if (days < 1) {
      throw new IllegalArgumentException(
          "the days before a re-assessment must be at least 1, not " + days);
    }
    return last.plusDays(days);
  }
}
