package dev.tandem.ingest;

import dev.tandem.questionnaire.Position;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an export: who answered, when, and their answers per questionnaire id. {@code source}
 * is the file and the line on which the row starts. {@code name} is the respondent's name where the
 * export has one; it is confidential like the answers and never goes into a message or log.
 */
public record Response(
    String respondentId,
    Optional<String> name,
    Optional<String> coupleCode,
    Optional<LocalDateTime> submitted,
    Position source,
    Map<String, Answers> answers) {

  public Response {
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    Objects.requireNonNull(source, "source must not be null");
    answers =
        answers.size() == 1
            ? Map.copyOf(answers)
            : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
  }

  public Optional<Answers> answersTo(String questionnaireId) {
    return Optional.ofNullable(answers.get(questionnaireId));
  }

  /** Safe to log: names the row, never its content. */
  @Override
  public String toString() {
    return "Response[" + source + "]";
  }
}
