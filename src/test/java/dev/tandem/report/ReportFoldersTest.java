package dev.tandem.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.report.output.SafeWriter;
import dev.tandem.report.output.WriteResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFoldersTest {

  @TempDir Path out;

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<String> manifest() throws IOException {
    return Files.readAllLines(out.resolve(SafeWriter.MANIFEST));
  }

  @Test
  void aClientsFilesAreRecordedWhenTheirReportIsWritten() throws IOException {
    ReportOptions options = ReportOptions.defaults(out).withDate(LocalDate.of(2026, 3, 20));
    List<WriteResult> written =
        ReportWriter.writeClient(
            ReportFixtures.client("ana@example.org", "Ana Lima", "C01", 1, 3.6, 0, 7),
            ReportFixtures.questionnaires(),
            options);

    assertThat(written).hasSize(3);
    List<String> recorded = manifest();
    assertThat(recorded).hasSize(3);
    for (WriteResult result : written) {
      assertThat(recorded).contains(sha256(result.file()) + "  " + result.file().getFileName());
    }
  }

  @Test
  void filesWrittenBeforeAFailureAreStillRecorded() throws IOException {
    ReportOptions options = ReportOptions.defaults(out);

    assertThatThrownBy(
            () ->
                options
                    .folders()
                    .recordedTogether(
                        () -> {
                          OutputFiles.write(
                              out.resolve("client-a.pdf"),
                              options,
                              stream -> stream.write("first".getBytes(UTF_8)));
                          throw new IllegalStateException("the second file could not be built");
                        }))
        .hasMessage("the second file could not be built");

    assertThat(manifest()).containsExactly(sha256(out.resolve("client-a.pdf")) + "  client-a.pdf");
  }
}
