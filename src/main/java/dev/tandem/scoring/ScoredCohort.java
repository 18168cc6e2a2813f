package dev.tandem.scoring;

import dev.tandem.ingest.ImportResult;
import dev.tandem.questionnaire.Questionnaire;
import java.util.List;

/** Every client of an import, scored, with the questionnaires used and the import's accounting. */
public record ScoredCohort(
    List<Questionnaire> questionnaires, List<Client> clients, ImportResult imported) {

  public ScoredCohort {
    questionnaires = List.copyOf(questionnaires);
    clients = List.copyOf(clients);
  }

  public List<Assessment> assessments() {
    return clients.stream().flatMap(c -> c.assessments().stream()).toList();
  }
}
