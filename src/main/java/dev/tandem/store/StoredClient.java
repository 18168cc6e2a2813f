package dev.tandem.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A client of the practice: their respondent id (email or code), name and couple code as last
 * imported, every stored assessment oldest first, and when they are next due ({@link
 * RetestSchedule}): the earliest of the due dates of the questionnaires they have taken.
 */
public record StoredClient(
    String respondentId,
    Optional<String> name,
    Optional<String> coupleCode,
    List<StoredAssessment> history,
    Optional<LocalDate> due) {

  public StoredClient {
    Objects.requireNonNull(respondentId, "respondentId must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(coupleCode, "coupleCode must not be null");
    history = List.copyOf(history);
    Objects.requireNonNull(due, "due must not be null");
  }

  static StoredClient of(
      String respondentId,
      Optional<String> name,
      Optional<String> coupleCode,
      List<StoredAssessment> history,
      RetestSchedule schedule) {
    List<StoredAssessment> ordered =
        history.stream()
            .sorted(
                Comparator.comparing(
                    (StoredAssessment a) -> a.submitted().orElse(LocalDateTime.MIN)))
            .toList();
    Optional<LocalDate> due =
        ordered.stream()
            .filter(a -> a.submitted().isPresent())
            .collect(
                Collectors.toMap(
                    StoredAssessment::questionnaireId,
                    a -> a.submitted().get().toLocalDate(),
                    (a, b) -> a.isAfter(b) ? a : b))
            .entrySet()
            .stream()
            .map(last -> schedule.due(last.getKey(), last.getValue()))
            .min(Comparator.naturalOrder());
    return new StoredClient(respondentId, name, coupleCode, ordered, due);
  }

  /** The number of times the client was assessed: their distinct assessment times. */
  public int assessments() {
    return (int) history.stream().map(StoredAssessment::submitted).distinct().count();
  }

  /** When the client was last assessed, if any assessment has a date. */
  public Optional<LocalDateTime> lastAssessed() {
    return history.stream().flatMap(a -> a.submitted().stream()).max(Comparator.naturalOrder());
  }

  /** Safe to log: says nothing about who the client is. */
  @Override
  public String toString() {
    return "StoredClient[" + history.size() + " responses]";
  }
}
