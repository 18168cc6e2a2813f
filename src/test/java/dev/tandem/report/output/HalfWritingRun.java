package dev.tandem.report.output;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A run that is killed by {@link SafeWriterTest} while it is half-way through writing a report. */
final class HalfWritingRun {

  static final String HALF_WRITTEN = "half written";

  private HalfWritingRun() {}

  public static void main(String[] args) {
    new SafeWriter(Path.of(args[0]))
        .write(
            "client.xlsx",
            out -> {
              out.write("new rep".getBytes(StandardCharsets.UTF_8));
              out.flush();
              System.out.println(HALF_WRITTEN);
              System.out.flush();
              System.in.read(); // blocks until the test kills this process
              out.write("ort".getBytes(StandardCharsets.UTF_8));
            });
  }
}
