package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scan counts lines exactly however the line feeds fall in the eight-byte words it reads ASCII
 * by, and finds the first invalid byte and the first multi-byte letter wherever they are.
 */
class Utf8ScanTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 100_000})
  void theFirstInvalidByteIsFoundOnItsLine(int lines) throws IOException {
    ByteArrayOutputStream bytes = asciiLines(lines - 1);
    bytes.writeBytes("abc,d".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0xFF);
    bytes.writeBytes("\nafter\n".getBytes(StandardCharsets.US_ASCII));

    Utf8Scan scan = Utf8Scan.of(write(bytes));

    assertThat(scan.firstInvalidLine()).isEqualTo(lines);
    assertThat(scan.hasMultibyte()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 5, 30_000})
  void aLetterWrittenAsUtf8AmongAsciiLinesIsValid(int lines) throws IOException {
    ByteArrayOutputStream bytes = asciiLines(lines);
    bytes.writeBytes("Zoë,3\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(asciiLines(1).toByteArray());

    Utf8Scan scan = Utf8Scan.of(write(bytes));

    assertThat(scan.isValid()).isTrue();
    assertThat(scan.hasMultibyte()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 9, 20_000})
  void aSequenceCutShortAtTheEndIsInvalidOnTheLastLine(int lines) throws IOException {
    ByteArrayOutputStream bytes = asciiLines(lines);
    bytes.writeBytes("last,".getBytes(StandardCharsets.US_ASCII));
    bytes.write(0xC3);

    assertThat(Utf8Scan.of(write(bytes)).firstInvalidLine()).isEqualTo(lines + 1);
  }

  /**
   * Lines of 0 to 40 ASCII characters, each with its line feed, so feeds fall at every offset of
   * the eight-byte words.
   */
  private static ByteArrayOutputStream asciiLines(int count) {
    Random random = new Random(count);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int line = 0; line < count; line++) {
      int length = random.nextInt(41);
      for (int i = 0; i < length; i++) {
        bytes.write(' ' + random.nextInt(95));
      }
      bytes.write('\n');
    }
    return bytes;
  }

  private Path write(ByteArrayOutputStream bytes) throws IOException {
    return Files.write(dir.resolve("export.csv"), bytes.toByteArray());
  }
}
