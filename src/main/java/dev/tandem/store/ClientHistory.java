package dev.tandem.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads every client of the store with their assessments, in the order of their respondent ids. */
final class ClientHistory {

  // each client's assessments by questionnaire, then time (one without a time first)
  private static final Comparator<Assessed> ORDER =
      Comparator.comparing((Assessed a) -> a.assessment().questionnaireId())
          .thenComparing(
              a -> a.assessment().submitted(),
              Comparator.comparing(
                  (Optional<LocalDateTime> time) -> time.orElse(LocalDateTime.MIN)));

  /** One stored response of a client, with the name and couple code it carried. */
  private record Assessed(
      StoredAssessment assessment, Optional<String> name, Optional<String> coupleCode) {}

  private ClientHistory() {}

  static List<StoredClient> read(Connection connection, RetestSchedule schedule) {
    Map<String, List<Assessed>> byClient = new TreeMap<>();
    try {
      Map<Integer, Path> files = ImportSources.files(connection);
      new ResponseBlocks(connection)
          .scan(
              block -> {
                Path file = files.get(block.sourceId());
                for (PackedResponse response : block.responses()) {
                  byClient
                      .computeIfAbsent(response.respondentId(), id -> new ArrayList<>())
                      .add(
                          new Assessed(
                              new StoredAssessment(
                                  response.questionnaireId(),
                                  response.submitted(),
                                  file,
                                  response.line()),
                              response.name(),
                              response.coupleCode()));
                }
              });
    } catch (SQLException e) {
      throw new StoreException(
          "could not read the store's clients (H2 error "
              + e.getErrorCode()
              + "); if this persists, restore it from a backup",
          e);
    }
    List<StoredClient> clients = new ArrayList<>(byClient.size());
    for (Map.Entry<String, List<Assessed>> client : byClient.entrySet()) {
      clients.add(client(client.getKey(), client.getValue(), schedule));
    }
    return clients;
  }

  /** The client, named and coupled as on the latest response that has a name or couple code. */
  private static StoredClient client(
      String respondent, List<Assessed> assessed, RetestSchedule schedule) {
    assessed.sort(ORDER);
    Optional<String> name = Optional.empty();
    Optional<String> couple = Optional.empty();
    Optional<LocalDateTime> latest = Optional.empty();
    List<StoredAssessment> history = new ArrayList<>(assessed.size());
    for (Assessed one : assessed) {
      Optional<LocalDateTime> submitted = one.assessment().submitted();
      boolean newer =
          latest.isEmpty() || (submitted.isPresent() && !submitted.get().isBefore(latest.get()));
      if (one.name().isPresent() && (name.isEmpty() || newer)) {
        name = one.name();
      }
      if (one.coupleCode().isPresent() && (couple.isEmpty() || newer)) {
        couple = one.coupleCode();
      }
      if (submitted.isPresent() && newer) {
        latest = submitted;
      }
      history.add(one.assessment());
    }
    return StoredClient.of(respondent, name, couple, history, schedule);
  }
}
