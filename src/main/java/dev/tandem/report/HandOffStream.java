package dev.tandem.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands what is written to a thread of its own, which writes it on to the target in the same order:
 * the target's work (compressing a workbook's sheet) runs beside the writer's (encoding its rows)
 * on a second core. Holds at most a few blocks in memory; a writer that gets ahead waits. {@link
 * #flush} returns once the target has everything written so far, so the caller may then use the
 * target itself; {@link #close} also ends the thread and leaves the target open. An error of the
 * target is thrown to the writer at its next call, and at every call after that. One writer thread
 * only.
 */
final class HandOffStream extends OutputStream {

  private static final int BLOCK = 1 << 16;
  private static final int BLOCKS_IN_FLIGHT = 4;
  private static final byte[] FLUSH = new byte[0];
  private static final byte[] END = new byte[0];

  private final OutputStream target;
  private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(BLOCKS_IN_FLIGHT);
  private final BlockingQueue<Object> flushed = new ArrayBlockingQueue<>(1);
  private final Thread worker;
  private byte[] block = new byte[BLOCK];
  private int size;
  private volatile Exception failure;
  private boolean failureThrown;

  HandOffStream(OutputStream target, String threadName) {
    this.target = Objects.requireNonNull(target, "target must not be null");
    this.worker = new Thread(this::writeBlocks, threadName);
    worker.setDaemon(true);
    worker.start();
  }

  @Override
  public void write(int b) throws IOException {
    if (size == block.length) {
      handOver();
    }
    block[size++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    while (length > 0) {
      if (size == block.length) {
        handOver();
      }
      int n = Math.min(length, block.length - size);
      System.arraycopy(bytes, offset, block, size, n);
      size += n;
      offset += n;
      length -= n;
    }
  }

  /** Returns once the target has written everything so far (and flushed). */
  @Override
  public void flush() throws IOException {
    if (size > 0) {
      handOver();
    }
    put(FLUSH);
    try {
      flushed.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the workbook was being compressed");
    }
    throwFailure();
  }

  /** Flushes, then ends the thread; the target stays open. */
  @Override
  public void close() throws IOException {
    if (!worker.isAlive()) {
      return;
    }
    try {
      flush();
    } finally {
      put(END);
    }
  }

  private void handOver() throws IOException {
    throwFailure();
    put(size == block.length ? block : Arrays.copyOf(block, size));
    block = new byte[BLOCK];
    size = 0;
  }

  private void put(byte[] item) throws IOException {
    try {
      blocks.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the workbook was being compressed");
    }
  }

  /**
   * Throws the target's error: itself the first time, then an exception caused by it, so that a
   * writer's {@code try}-with-resources can add the one {@link #close} throws to the one it caught
   * (an exception cannot be added to itself).
   */
  private void throwFailure() throws IOException {
    Exception failed = failure;
    if (failed == null) {
      return;
    }
    if (failureThrown) {
      throw new IOException("the output had already failed: " + failed.getMessage(), failed);
    }
    failureThrown = true;
    if (failed instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) failed;
  }

  private void writeBlocks() {
    try {
      for (byte[] item = blocks.take(); item != END; item = blocks.take()) {
        if (item == FLUSH) {
          if (failure == null) {
            try {
              target.flush();
            } catch (IOException | RuntimeException e) {
              failure = e;
            }
          }
          flushed.put(FLUSH);
        } else if (failure == null) {
          try {
            target.write(item);
          } catch (IOException | RuntimeException e) {
            failure = e;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
