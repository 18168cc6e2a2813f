package dev.tandem.cli;

import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.scoring.Assessment;
import dev.tandem.scoring.CohortScorer;
import dev.tandem.scoring.Scorer;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The input of {@code tandem score} read as a stream, so that memory does not grow with the number
 * of rows: each response is scored as it is read and written, never kept. Reading and scoring run
 * on a second thread ({@link OverlappedImport}) while the calling thread writes. The rows are those
 * of scoring the whole cohort first ({@link ScoredInput#load}), with one difference in order: they
 * come in the order of the input, not grouped by client.
 */
final class StreamedInput {

  private StreamedInput() {}

  /**
   * Scores every response and hands the table row of each ({@code row} applied to its assessment)
   * to {@code write} as an iterable that reads the input as it is iterated; each rejection goes to
   * {@code rejected} as it comes. Returns the import's accounting.
   */
  static ImportSummary scores(
      ResponseSource source,
      List<Questionnaire> questionnaires,
      Function<Assessment, List<Object>> row,
      Consumer<Rejection> rejected,
      Consumer<Iterable<List<Object>>> write) {
    List<Scorer> scorers = questionnaires.stream().map(Scorer::new).toList();
    try (OverlappedImport events =
        OverlappedImport.start(source, response -> CohortScorer.assess(scorers, response), row)) {
      Iterator<List<Object>> rows =
          new Iterator<>() {
            private List<Object> pending;

            @Override
            @SuppressWarnings("unchecked")
            public boolean hasNext() {
              while (pending == null && events.hasNext()) {
                Object event = events.next();
                if (event instanceof Rejection rejection) {
                  rejected.accept(rejection);
                } else {
                  pending = (List<Object>) event;
                }
              }
              return pending != null;
            }

            @Override
            public List<Object> next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              List<Object> next = pending;
              pending = null;
              return next;
            }
          };
      write.accept(() -> rows);
      while (rows.hasNext()) {
        rows.next();
      }
      return events.summary();
    }
  }
}
