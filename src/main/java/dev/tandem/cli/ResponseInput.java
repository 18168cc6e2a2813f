package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportResult;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.store.PracticeStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a command's responses come from: the export files it was given, or the practice store
 * ({@code --store}), from which every stored response is read, all waves. Close it to close the
 * store.
 */
abstract class ResponseInput implements AutoCloseable {

  /** The files, or the store when {@code --store} is given (then no file may be). */
  static ResponseInput of(
      List<Path> files, StoreOptions store, ImportOptions options, Supplier<char[]> password) {
    Optional<Path> folder = store.folder();
    if (folder.isEmpty()) {
      if (files.isEmpty()) {
        throw new UsageException(
            "give the export files to read, or --store DIR to read the practice store");
      }
      return new Files(files, options);
    }
    if (!files.isEmpty()) {
      throw new UsageException(
          "give either export files or --store, not both; add the files to the store first"
              + " with tandem import FILE... --store "
              + folder.get());
    }
    return new Store(PracticeStore.open(folder.get(), password.get()));
  }

  /**
   * The questionnaires to read with: those chosen with -q, else those the input holds answers to.
   */
  abstract List<Questionnaire> questionnaires(DefinitionOptions definitions);

  /** The responses to these questionnaires, as a source that can be read more than once. */
  abstract ResponseSource source(List<Questionnaire> used);

  /** Every response and rejection at once, as {@link Importer#read} gives them. */
  ImportResult read(List<Questionnaire> used) {
    return Importer.collect(source(used)::stream);
  }

  @Override
  public abstract void close();

  private static final class Files extends ResponseInput {
    private final List<Path> files;
    private final ImportOptions options;

    Files(List<Path> files, ImportOptions options) {
      this.files = List.copyOf(files);
      this.options = options;
    }

    @Override
    List<Questionnaire> questionnaires(DefinitionOptions definitions) {
      return ScoredInput.questionnaires(files, definitions, options);
    }

    @Override
    ResponseSource source(List<Questionnaire> used) {
      return ResponseSource.of(files, used, options);
    }

    @Override
    public void close() {
      // nothing held open
    }
  }

  private static final class Store extends ResponseInput {
    private final PracticeStore store;

    Store(PracticeStore store) {
      this.store = store;
    }

    @Override
    List<Questionnaire> questionnaires(DefinitionOptions definitions) {
      List<Questionnaire> all = definitions.load();
      if (definitions.chosen()) {
        return all;
      }
      List<String> stored = store.questionnaireIds();
      List<Questionnaire> used = all.stream().filter(q -> stored.contains(q.id())).toList();
      if (used.isEmpty()) {
        throw new UsageException(
            "the store "
                + store.folder()
                + " holds no response to a questionnaire in "
                + definitions.definitions
                + "; import exports into it with tandem import FILE... --store "
                + store.folder()
                + ", or name the definitions folder with --definitions");
      }
      return used;
    }

    @Override
    ResponseSource source(List<Questionnaire> used) {
      return sink -> store.responses(used).stream(sink);
    }

    @Override
    public void close() {
      store.close();
    }
  }
}
