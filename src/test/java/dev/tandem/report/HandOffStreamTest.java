package dev.tandem.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HandOffStreamTest {

  @Test
  void everythingArrivesInOrderAndIsThereOnceFlushReturns() throws IOException {
    byte[] data = new byte[1_000_003];
    new Random(7).nextBytes(data);
    ByteArrayOutputStream target = new ByteArrayOutputStream();

    try (HandOffStream stream = new HandOffStream(target, "test-hand-off")) {
      stream.write(data, 0, 10);
      for (int i = 10; i < 5_000; i++) {
        stream.write(data[i]);
      }
      stream.write(data, 5_000, data.length - 5_000);
      stream.flush();

      assertThat(target.toByteArray()).isEqualTo(data);
      target.write(42); // the caller may use the target between flushes
    }
    assertThat(target.size()).isEqualTo(data.length + 1);
  }

  @Test
  void theTargetsFailureReachesTheWriter() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };

    assertThatThrownBy(
            () -> {
              try (HandOffStream stream = new HandOffStream(full, "test-hand-off")) {
                stream.write(new byte[300_000], 0, 300_000);
              }
            })
        .isInstanceOf(IOException.class)
        .hasMessage("No space left on device");
  }

  @Test
  void aFailureSeenBeforeCloseIsThrownOnceWithCloseOnesAddedToIt() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };

    IOException thrown =
        catchThrowableOfType(
            IOException.class,
            () -> {
              try (HandOffStream stream = new HandOffStream(full, "test-hand-off")) {
                stream.write(1);
                stream.flush(); // waits for the target: the failure is known before close
              }
            });

    assertThat(thrown).hasMessage("No space left on device");
    assertThat(thrown.getSuppressed()).hasSize(1);
    assertThat(thrown.getSuppressed()[0]).hasCause(thrown);
  }
}
