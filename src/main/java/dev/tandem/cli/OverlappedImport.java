package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import dev.tandem.ingest.ImportSummary;
import dev.tandem.ingest.Importer;
import dev.tandem.ingest.PreparingSink;
import dev.tandem.ingest.Rejection;
import dev.tandem.ingest.Response;
import dev.tandem.ingest.ResponseSource;
import dev.tandem.questionnaire.Questionnaire;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * An import that runs on a second thread while the calling thread accumulates and writes: on a
 * two-core machine reading, parsing and scoring the rows overlaps with everything after. Each
 * {@link Response} is turned into what the caller needs in two steps: {@code ahead}, from the
 * response alone (for instance scored), which the import may run on the thread that reads the rows
 * ahead of deciding the response ({@link PreparingSink}), so it must be safe on any thread; then
 * {@code after}, on the import's thread in file order (for instance counted). The calling thread
 * iterates the events (each prepared response or {@link Rejection}) in file order; only a few
 * batches are ever in flight, so memory does not grow with the file. An exception of the import is
 * rethrown on the calling thread. Close it (try-with-resources) to stop the import early.
 */
final class OverlappedImport implements Iterator<Object>, AutoCloseable {

  private static final int BATCH = 1024;
  private static final Object[] END = new Object[0];

  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private volatile ImportSummary summary;
  private volatile Throwable failure;
  private Object[] batch = new Object[0];
  private int next;
  private boolean ended;

  private <A> OverlappedImport(
      ResponseSource source, Function<Response, A> ahead, Function<? super A, ?> after) {
    reader = new Thread(() -> read(source, ahead, after), "tandem-import");
    reader.setDaemon(true);
  }

  static OverlappedImport start(
      List<Path> files,
      List<Questionnaire> questionnaires,
      ImportOptions options,
      Function<Response, ?> prepare) {
    List<Path> inputs = List.copyOf(files);
    List<Questionnaire> used = List.copyOf(questionnaires);
    return start(sink -> Importer.stream(inputs, used, options, sink), prepare);
  }

  /**
   * Reads any source of responses (export files, the practice store) on the second thread, each
   * response made into what {@code prepare} makes of it alone (on any thread).
   */
  static OverlappedImport start(ResponseSource source, Function<Response, ?> prepare) {
    return start(source, prepare, Function.identity());
  }

  /** As {@link #start(ResponseSource, Function)}, then {@code after} on the import's thread. */
  static <A> OverlappedImport start(
      ResponseSource source, Function<Response, A> ahead, Function<? super A, ?> after) {
    OverlappedImport overlapped = new OverlappedImport(source, ahead, after);
    overlapped.reader.start();
    return overlapped;
  }

  /** The import's counts and notes; only once every event has been taken. */
  ImportSummary summary() {
    if (!ended) {
      throw new IllegalStateException("the import has not been read to its end");
    }
    return summary;
  }

  @Override
  public boolean hasNext() {
    while (next == batch.length && !ended) {
      try {
        batch = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading the input", e);
      }
      next = 0;
      if (batch == END) {
        ended = true;
        rethrow();
      }
    }
    return next < batch.length;
  }

  @Override
  public Object next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return batch[next++];
  }

  @Override
  public void close() {
    reader.interrupt();
  }

  private <A> void read(
      ResponseSource source, Function<Response, A> ahead, Function<? super A, ?> after) {
    List<Object> pending = new ArrayList<>(BATCH);
    try {
      summary =
          source.stream(
              new PreparingSink<A>() {
                @Override
                public A prepare(Response response) {
                  return ahead.apply(response);
                }

                @Override
                public void prepared(Response response, A made) {
                  add(after.apply(made));
                }

                @Override
                public void rejection(Rejection rejection) {
                  add(rejection);
                }

                private void add(Object event) {
                  pending.add(event);
                  if (pending.size() == BATCH) {
                    hand(pending.toArray());
                    pending.clear();
                  }
                }
              });
      hand(pending.toArray());
    } catch (RuntimeException | Error e) {
      failure = e;
    } finally {
      try {
        queue.put(END);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void hand(Object[] events) {
    try {
      queue.put(events);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the import was stopped", e);
    }
  }

  private void rethrow() {
    Throwable thrown = failure;
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof Error error) {
      throw error;
    }
  }
}
