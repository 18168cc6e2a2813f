package dev.tandem.app;

import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.PracticeStore;
import dev.tandem.store.RetestSchedule;
import dev.tandem.store.StoreException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practice store as the app holds it: its folder (the one the coach gave when starting the
 * app), and the store itself once the coach has opened it with the practice password. The password
 * is used to open the store and then wiped; it is never kept, shown or logged.
 */
final class Practice implements AutoCloseable {

  private final Path folder;
  private Optional<PracticeStore> store = Optional.empty();

  Practice(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  Path folder() {
    return folder;
  }

  /**
   * Whether the folder holds a store already (the page then asks for its password, not a new one).
   */
  boolean exists() {
    return PracticeStore.exists(folder);
  }

  synchronized Optional<PracticeStore> store() {
    return store;
  }

  /** The open store, or a refusal that sends the coach to the Practice page to open it. */
  synchronized PracticeStore open() {
    return store.orElseThrow(
        () ->
            new Http.Refused(
                409,
                "The practice store is not open: open it on the Practice page with the practice password first."));
  }

  /** Opens the store (or creates it when the folder holds none) and wipes the password. */
  synchronized void open(char[] password) {
    try {
      if (store.isEmpty()) {
        store = Optional.of(PracticeStore.openOrCreate(folder, password));
      }
    } catch (StoreException e) {
      throw new Http.Refused(
          403, "The practice store could not be opened: " + e.getMessage() + ".");
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * When each questionnaire is due again: its definition's {@code retestAfterDays}, or the default.
   */
  static RetestSchedule schedule(List<Questionnaire> questionnaires) {
    Map<String, Integer> days =
        questionnaires.stream()
            .collect(
                Collectors.toMap(Questionnaire::id, Questionnaire::retestAfterDays, (a, b) -> a));
    return new RetestSchedule(id -> days.getOrDefault(id, RetestSchedule.DEFAULT_DAYS));
  }

  /** The definitions by id. */
  static Map<String, Questionnaire> byId(List<Questionnaire> questionnaires) {
    return questionnaires.stream()
        .collect(Collectors.toMap(Questionnaire::id, Function.identity(), (a, b) -> a));
  }

  @Override
  public synchronized void close() {
    store.ifPresent(PracticeStore::close);
    store = Optional.empty();
  }
}
