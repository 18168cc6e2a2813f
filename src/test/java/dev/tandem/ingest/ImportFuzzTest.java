package dev.tandem.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.opencsv.exceptions.CsvMalformedLineException;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hostile exports: whatever the bytes of a CSV or XLSX file, importing ends in a result (every row
 * scored, rejected or dropped as a repeat, counted from the rejections themselves) or an {@link
 * ImportException}, never another exception; and the fast CSV splitter agrees with OpenCSV on the
 * same text (the same records, or both refuse it). The normal build replays the seed corpus under
 * {@code ImportFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=ImportFuzzTest} fuzzes for
 * real.
 */
class ImportFuzzTest {

  private static final List<Questionnaire> QUESTIONNAIRES =
      QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));

  @FuzzTest(maxDuration = "2m")
  void csvImportThrowsOnlyImportExceptions(byte[] content) throws IOException {
    importOnly(content, ".csv");
  }

  @FuzzTest(maxDuration = "2m")
  void xlsxImportThrowsOnlyImportExceptions(byte[] content) throws IOException {
    importOnly(content, ".xlsx");
  }

  @FuzzTest(maxDuration = "2m")
  void fastCsvPathSplitsAsOpenCsvDoes(byte[] content) throws Exception {
    String text = new String(content, StandardCharsets.UTF_8);
    for (char separator : new char[] {',', ';', '\t'}) {
      List<List<String>> ours =
          splitOrEmpty(() -> DelimitedRecordsTest.records(text, separator, Integer.MAX_VALUE));
      List<List<String>> openCsv =
          splitOrEmpty(() -> DelimitedRecordsTest.openCsv(text, separator));
      if (!ours.equals(openCsv)) {
        int at = 0;
        while (at < Math.min(ours.size(), openCsv.size()) && ours.get(at).equals(openCsv.get(at))) {
          at++;
        }
        throw new AssertionError(
            "with separator "
                + (int) separator
                + " the fast path and OpenCSV differ at record "
                + (at + 1)
                + " ("
                + ours.size()
                + " records against "
                + openCsv.size()
                + ")");
      }
    }
  }

  private interface Split {
    List<List<String>> records() throws Exception;
  }

  /**
   * The records, or one record holding only "malformed" when the text has a quote that never
   * closes.
   */
  private static List<List<String>> splitOrEmpty(Split split) throws Exception {
    try {
      return split.records();
    } catch (CsvMalformedLineException e) {
      return List.of(List.of("malformed"));
    }
  }

  private static void importOnly(byte[] content, String extension) throws IOException {
    Path file = Files.createTempFile("tandem-fuzz-", extension);
    try {
      Files.write(file, content);
      ImportResult result = Importer.read(List.of(file), QUESTIONNAIRES, ImportOptions.defaults());
      long rejectedRows = result.rejections().stream().filter(Rejection::rejectsRow).count();
      if (result.responses().size() + rejectedRows + result.droppedDuplicates()
          != result.rowsRead()) {
        throw new AssertionError(
            "rows went missing: "
                + result.rowsRead()
                + " read, "
                + result.responses().size()
                + " scored, "
                + rejectedRows
                + " rejected, "
                + result.droppedDuplicates()
                + " dropped");
      }
    } catch (ImportException expected) {
      // the one exception a coach may see
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
