package dev.tandem.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the records of another source on a thread of its own, a few batches ahead of the caller:
 * splitting a large export into records (decoding, quotes, the limits' checks) then overlaps with
 * turning records into responses. The caller sees exactly what the source gives, in the same order:
 * every record, then the end or the exception that stopped the source, thrown where the source
 * threw it. Only a few batches are in flight, so memory does not grow with the file. The source's
 * format and notes are fixed once it is open, so they are asked of it directly. Close it to stop
 * the thread and close the source; not thread safe otherwise.
 *
 * <p>Once the caller asks for the {@linkplain #convertedRest converted rest}, the thread also
 * converts each record (for the import, into a response), from its next batch on; the records it
 * had already handed over are converted by the caller, with a conversion of its own.
 */
final class ReadAhead implements RowSource {

  private static final int BATCH = 256;

  /**
   * What the thread hands over: records, or what the conversion made of them, and last the end or
   * the failure.
   */
  private record Batch(List<Object> items, boolean converted, boolean last, Throwable failure) {}

  private final RowSource source;
  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
  private final Thread reader;
  private volatile Function<Row, ?> conversion;
  private List<Object> items = List.of();
  private boolean converted;
  private int next;
  private Batch last;

  private ReadAhead(RowSource source) {
    this.source = source;
    this.reader = new Thread(this::read, "tandem-read-ahead");
    reader.setDaemon(true);
  }

  /** Starts reading {@code source} ahead; this source now owns it. */
  static ReadAhead of(RowSource source) {
    ReadAhead ahead = new ReadAhead(source);
    ahead.reader.start();
    return ahead;
  }

  @Override
  public Optional<Row> next() {
    if (conversion != null) {
      throw new IllegalStateException("the records are converted as they are read now");
    }
    return Optional.ofNullable((Row) nextItem());
  }

  /**
   * The thread converts each record from its next batch on, with a conversion of its own, and the
   * caller converts those it has already handed over.
   */
  @Override
  public <T> Iterator<T> convertedRest(Supplier<? extends Function<Row, T>> conversions) {
    Function<Row, T> here = conversions.get();
    conversion = conversions.get();
    return new Iterator<>() {
      private Object ahead;
      private boolean aheadConverted;

      @Override
      public boolean hasNext() {
        if (ahead == null) {
          ahead = nextItem();
          aheadConverted = converted;
        }
        return ahead != null;
      }

      @Override
      @SuppressWarnings("unchecked") // the thread converted it with a conversion of type T
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Object item = ahead;
        ahead = null;
        return aheadConverted ? (T) item : here.apply((Row) item);
      }
    };
  }

  /** The next record or conversion, or null at the end; throws the source's failure there. */
  private Object nextItem() {
    while (next == items.size()) {
      if (last != null) {
        if (last.failure() instanceof RuntimeException failure) {
          throw failure;
        }
        if (last.failure() instanceof Error error) {
          throw error;
        }
        return null;
      }
      Batch batch = take();
      items = batch.items();
      converted = batch.converted();
      next = 0;
      if (batch.last()) {
        last = batch;
      }
    }
    return items.get(next++);
  }

  @Override
  public String format() {
    return source.format();
  }

  @Override
  public List<String> notes() {
    return source.notes();
  }

  /** Stops the thread (it may be blocked handing over a batch), then closes the source. */
  @Override
  public void close() {
    reader.interrupt();
    boolean interrupted = false;
    while (reader.isAlive()) {
      try {
        reader.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    source.close();
  }

  /**
   * The next batch. Should the thread die without handing over its end (an error while handing over
   * an error, such as running out of memory twice), the caller is told instead of waiting.
   */
  private Batch take() {
    try {
      while (true) {
        Batch batch = queue.poll(100, TimeUnit.MILLISECONDS);
        if (batch != null) {
          return batch;
        }
        if (!reader.isAlive() && queue.isEmpty()) {
          throw new IllegalStateException("the thread reading the input stopped without an end");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the input", e);
    }
  }

  private void read() {
    Function<Row, ?> convert = conversion;
    List<Object> batch = new ArrayList<>(BATCH);
    Throwable failure = null;
    try {
      for (Optional<Row> row = source.next(); row.isPresent(); row = source.next()) {
        batch.add(convert == null ? row.get() : convert.apply(row.get()));
        if (batch.size() == BATCH) {
          queue.put(new Batch(batch, convert != null, false, null));
          batch = new ArrayList<>(BATCH);
          convert = conversion;
        }
      }
    } catch (InterruptedException e) {
      return; // closed before the end: nobody waits for more
    } catch (RuntimeException | Error e) {
      if (Thread.currentThread().isInterrupted()) {
        return; // closed while reading, which may make the read itself fail
      }
      failure = e;
    }
    try {
      queue.put(new Batch(batch, convert != null, true, failure));
    } catch (InterruptedException e) {
      // closed before the end: nobody waits for more
    }
  }
}
