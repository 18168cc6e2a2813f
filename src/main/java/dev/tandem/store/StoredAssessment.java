package dev.tandem.store;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One stored response of a client to a questionnaire, without its answers: when it was given and
 * where it came from (the export file and line, or an in-session assessment).
 */
public record StoredAssessment(
    String questionnaireId, Optional<LocalDateTime> submitted, Path sourceFile, int sourceLine) {

  public StoredAssessment {
    Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    Objects.requireNonNull(submitted, "submitted must not be null");
    Objects.requireNonNull(sourceFile, "sourceFile must not be null");
  }
}
