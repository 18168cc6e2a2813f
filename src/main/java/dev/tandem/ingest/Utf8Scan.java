package dev.tandem.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  static Utf8Scan of(Path file) {
    byte[] buffer = new byte[1 << 16];
    long line = 1;
    int pending = 0; // continuation bytes still expected
    int lowest = 0x80; // bounds of the next continuation byte (tighter after E0, ED, F0, F4)
    int highest = 0xBF;
    boolean multibyte = false;
    try (InputStream in = Files.newInputStream(PipedInputs.readable(file))) {
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
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
}
