package dev.tandem.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The writer behind POI's temporary sheet XML when a large scores workbook is streamed. POI's sheet
 * writer emits one character at a time, and through a {@link java.io.BufferedWriter} every one of
 * those takes a lock; this buffers the characters without a lock and encodes them to UTF-8 a block
 * at a time (never splitting a surrogate pair). Not thread safe, which the sheet writer never
 * needs.
 */
final class Utf8SheetWriter extends Writer {

  private final OutputStream out;
  private final char[] chars = new char[1 << 14];
  private int size;

  Utf8SheetWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (size == chars.length) {
      drain(false);
    }
    chars[size++] = (char) c;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    while (length > 0) {
      if (size == chars.length) {
        drain(false);
      }
      int n = Math.min(length, chars.length - size);
      System.arraycopy(buffer, offset, chars, size, n);
      size += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    while (length > 0) {
      if (size == chars.length) {
        drain(false);
      }
      int n = Math.min(length, chars.length - size);
      text.getChars(offset, offset + n, chars, size);
      size += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void flush() throws IOException {
    drain(false);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    drain(true);
    out.close();
  }

  /**
   * Encodes the buffered characters; a trailing high surrogate waits for its pair unless this is
   * the end.
   */
  private void drain(boolean end) throws IOException {
    int n = size;
    if (!end && n > 0 && Character.isHighSurrogate(chars[n - 1])) {
      n--;
    }
    if (n > 0) {
      out.write(new String(chars, 0, n).getBytes(StandardCharsets.UTF_8));
    }
    System.arraycopy(chars, n, chars, 0, size - n);
    size -= n;
  }
}
