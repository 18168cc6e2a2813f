package dev.tandem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a file's bytes say about UTF-8, read once from start to end: whether it holds any valid
 * multi-byte UTF-8 sequence (letters such as "ü" written as UTF-8), and the first physical line
 * that is not valid UTF-8. A file with both is a mix of encodings (UTF-8 rows pasted into a
 * Windows-1252 file), which no single encoding reads correctly.
 */
record Utf8Scan(boolean hasMultibyte, long firstInvalidLine) {

  static final long NONE = -1;

  boolean isValid() {
    return firstInvalidLine == NONE;
  }

  /** Eight bytes at a time: a word of ASCII bytes, most of a file, is taken in a few steps. */
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;
  private static final long LOW_BITS = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long LINE_FEEDS = 0x0A0A_0A0A_0A0A_0A0AL;

  static Utf8Scan of(Path file) {
    byte[] buffer = new byte[1 << 20];
    long line = 1;
    int pending = 0; // continuation bytes still expected
    int lowest = 0x80; // bounds of the next continuation byte (tighter after E0, ED, F0, F4)
    int highest = 0xBF;
    boolean multibyte = false;
    try (InputStream in = Files.newInputStream(PipedInputs.readable(file))) {
      int read;
      while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
        for (int i = 0; i < read; i++) {
          if (pending == 0 && i + Long.BYTES <= read) {
            long word = (long) WORDS.get(buffer, i);
            if ((word & HIGH_BITS) == 0) {
              line += newlines(word);
              i += Long.BYTES - 1;
              continue;
            }
          }
          int b = buffer[i] & 0xFF;
          if (pending > 0) {
            if (b < lowest || b > highest) {
              return new Utf8Scan(multibyte, line);
            }
            lowest = 0x80;
            highest = 0xBF;
            if (--pending == 0) {
              multibyte = true;
            }
            continue;
          }
          if (b < 0x80) {
            if (b == '\n') {
              line++;
            }
            continue;
          }
          if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
          } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            lowest = b == 0xE0 ? 0xA0 : 0x80;
            highest = b == 0xED ? 0x9F : 0xBF;
          } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            lowest = b == 0xF0 ? 0x90 : 0x80;
            highest = b == 0xF4 ? 0x8F : 0xBF;
          } else {
            return new Utf8Scan(multibyte, line);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Utf8Scan(multibyte, pending > 0 ? line : NONE);
  }

  /** The line feeds among a word's eight ASCII bytes. */
  private static int newlines(long word) {
    long zeroWhereLineFeed = word ^ LINE_FEEDS;
    long highWhereNot = ((zeroWhereLineFeed & LOW_BITS) + LOW_BITS) | zeroWhereLineFeed;
    return Long.bitCount(~(highWhereNot | LOW_BITS));
  }
}
