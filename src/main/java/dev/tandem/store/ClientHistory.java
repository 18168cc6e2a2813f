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
import java.util.function.Consumer;

/**
 * Reads every client of the store with their assessments, in the order of their respondent ids,
 * handing each on as soon as it is complete. The blocks lie in the order of storage, not of
 * clients, so the clients are read in windows: each pass over the blocks keeps the whole histories
 * of the next clients in respondent order, as many as hold about {@value #WINDOW} responses, and
 * hands them on before the next pass. Memory is bounded by the window (or by one client's history,
 * if longer), whatever the number of clients; a store of a million clients takes a few passes.
 */
final class ClientHistory {

  /** The responses a pass keeps at most, besides the first client's. */
  static final int WINDOW = 200_000;

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

  /** Hands on every client in the order of their respondent ids; returns how many there were. */
  static int read(Connection connection, RetestSchedule schedule, Consumer<StoredClient> out) {
    return read(connection, schedule, WINDOW, out);
  }

  /** As {@link #read(Connection, RetestSchedule, Consumer)}, with passes of this window. */
  static int read(
      Connection connection, RetestSchedule schedule, int window, Consumer<StoredClient> out) {
    int clients = 0;
    try {
      Map<Integer, Path> files = ImportSources.files(connection);
      ResponseBlocks blocks = new ResponseBlocks(connection);
      Optional<String> after = Optional.empty();
      boolean more = true;
      while (more) {
        Window next = new Window(after, window);
        blocks.scan(
            block -> {
              Path file = files.get(block.sourceId());
              for (PackedResponse response : block.responses()) {
                next.offer(response, file);
              }
            });
        for (Map.Entry<String, List<Assessed>> client : next.clients.entrySet()) {
          out.accept(client(client.getKey(), client.getValue(), schedule));
          clients++;
        }
        more = next.ceiling.isPresent();
        after = next.clients.isEmpty() ? after : Optional.of(next.clients.lastKey());
      }
      return clients;
    } catch (SQLException e) {
      throw new StoreException(
          "could not read the store's clients (H2 error "
              + e.getErrorCode()
              + "); if this persists, restore it from a backup",
          e);
    }
  }

  /**
   * The clients of one pass: every response of a respondent after {@code after} and before the
   * {@code ceiling} is kept, and the ceiling comes down to the largest kept respondent whenever the
   * responses kept exceed the window.
   */
  private static final class Window {
    private final Optional<String> after;
    private final int size;
    private final TreeMap<String, List<Assessed>> clients = new TreeMap<>();
    // the least respondent left for a later pass, once there is one
    private Optional<String> ceiling = Optional.empty();
    private int held;

    Window(Optional<String> after, int size) {
      this.after = after;
      this.size = size;
    }

    void offer(PackedResponse response, Path file) {
      String respondent = response.respondentId();
      if ((after.isPresent() && respondent.compareTo(after.get()) <= 0)
          || (ceiling.isPresent() && respondent.compareTo(ceiling.get()) >= 0)) {
        return;
      }
      clients
          .computeIfAbsent(respondent, id -> new ArrayList<>())
          .add(
              new Assessed(
                  new StoredAssessment(
                      response.questionnaireId(), response.submitted(), file, response.line()),
                  response.name(),
                  response.coupleCode()));
      held++;
      while (held > size && clients.size() > 1) {
        Map.Entry<String, List<Assessed>> last = clients.pollLastEntry();
        held -= last.getValue().size();
        ceiling = Optional.of(last.getKey());
      }
    }
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
