package dev.tandem.scoring;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A respondent and their assessments, oldest first. The couple code is the one on their latest
 * assessment.
 */
public record Client(
    String id, Optional<String> name, Optional<String> coupleCode, List<Assessment> assessments) {

  public Client {
    Objects.requireNonNull(id, "id must not be null");
    assessments = List.copyOf(assessments);
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("a client has at least one assessment");
    }
  }

  public Assessment first() {
    return assessments.get(0);
  }

  public Assessment latest() {
    return assessments.get(assessments.size() - 1);
  }

  /** Safe to log: the id only (which may itself be an email, so callers prefer the position). */
  @Override
  public String toString() {
    return "Client[" + assessments.size() + " assessments]";
  }
}
