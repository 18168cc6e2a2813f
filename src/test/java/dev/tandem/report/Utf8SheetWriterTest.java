package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The sheet writer encodes what it is given exactly as {@link String#getBytes} would, whichever way
 * the characters arrive and wherever its 16,384-character buffer happens to fill, surrogate pairs
 * included.
 */
class Utf8SheetWriterTest {

  private static final int BUFFER = 1 << 14;

  @Test
  void aSurrogatePairSplitByTheBufferBoundaryIsEncodedWhole() throws IOException {
    // The high surrogate of the emoji lands on the buffer's last slot, its low one after the drain.
    String text = "a".repeat(BUFFER - 1) + "\uD83D\uDE00" + "Łódź";
    assertThat(writtenOneCharAtATime(text)).isEqualTo(utf8(text));
    assertThat(writtenAsString(text)).isEqualTo(utf8(text));
    assertThat(writtenAsArray(text)).isEqualTo(utf8(text));
  }

  @Test
  void textLongerThanSeveralBuffersIsKeptInOrder() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 3 * BUFFER + 17; i++) {
      text.append(i % 7 == 0 ? "王家" : i % 5 == 0 ? "\uD83E\uDD1D" : "Ψυχή ").append(i);
    }
    assertThat(writtenAsString(text.toString())).isEqualTo(utf8(text.toString()));
    assertThat(writtenOneCharAtATime(text.toString())).isEqualTo(utf8(text.toString()));
  }

  @Test
  void flushKeepsAPendingHighSurrogateUntilItsPairArrives() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Utf8SheetWriter writer = new Utf8SheetWriter(bytes);
    writer.write("x\uD83D");
    writer.flush();
    assertThat(bytes.toByteArray()).isEqualTo(utf8("x"));
    writer.write("\uDE00");
    writer.close();
    assertThat(bytes.toByteArray()).isEqualTo(utf8("x\uD83D\uDE00"));
  }

  private static byte[] writtenOneCharAtATime(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8SheetWriter writer = new Utf8SheetWriter(bytes)) {
      for (int i = 0; i < text.length(); i++) {
        writer.write(text.charAt(i));
      }
    }
    return bytes.toByteArray();
  }

  private static byte[] writtenAsString(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8SheetWriter writer = new Utf8SheetWriter(bytes)) {
      writer.write(text, 0, text.length());
    }
    return bytes.toByteArray();
  }

  private static byte[] writtenAsArray(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8SheetWriter writer = new Utf8SheetWriter(bytes)) {
      char[] chars = text.toCharArray();
      writer.write(chars, 0, chars.length);
    }
    return bytes.toByteArray();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
