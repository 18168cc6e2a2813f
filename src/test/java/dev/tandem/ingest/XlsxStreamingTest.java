package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks are streamed: a 20,000-row, 27-column workbook (a sheet of 10 MB unpacked) imports in a
 * separate JVM limited to a 32 MB heap. Loading it whole, as POI's user model did, runs out of
 * memory there.
 */
class XlsxStreamingTest {

  private static final int ROWS = 20_000;
  private static final int COLUMNS = 27;

  @TempDir Path dir;

  @Test
  void aLongWorkbookImportsInASmallHeap() throws IOException, InterruptedException {
    Path file =
        RawWorkbook.write(
            dir.resolve("long.xlsx"),
            false,
            List.of("respondent_id", "Agree"),
            sheet -> {
              sheet.write("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>");
              for (int c = 2; c <= COLUMNS; c++) {
                String header = c <= 5 ? "s" + (c - 1) : "extra " + c;
                sheet.write("<c t=\"inlineStr\"><is><t>" + header + "</t></is></c>");
              }
              sheet.write("</row>");
              for (int r = 2; r <= ROWS + 1; r++) {
                StringBuilder row =
                    new StringBuilder("<row r=\"")
                        .append(r)
                        .append("\"><c r=\"A")
                        .append(r)
                        .append("\" t=\"inlineStr\"><is><t>client-")
                        .append(r)
                        .append("@example.org</t></is></c>");
                row.append("<c t=\"s\"><v>1</v></c>");
                for (int c = 3; c <= COLUMNS; c++) {
                  row.append("<c><v>").append(1 + (r * c) % 5).append("</v></c>");
                }
                sheet.write(row.append("</row>").toString());
              }
            });
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx32m",
                "-cp",
                System.getProperty("java.class.path"),
                ImportCount.class.getName(),
                file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(output).endsWith(ROWS + " read, " + ROWS + " accepted, 0 rejected\n");
    assertThat(java.exitValue()).isZero();
  }
}
