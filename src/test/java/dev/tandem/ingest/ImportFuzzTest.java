package dev.tandem.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tandem.questionnaire.Questionnaire;
import dev.tandem.questionnaire.QuestionnaireLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Hostile exports: whatever the bytes of a CSV or XLSX file, importing ends in a result (every row
 * scored or rejected) or an {@link ImportException}, never another exception. The normal build replays
 * the seed corpus under {@code ImportFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=ImportFuzzTest}
 * fuzzes for real.
 */
class ImportFuzzTest {

  private static final List<Questionnaire> QUESTIONNAIRES = QuestionnaireLoader.loadDirectory(Path.of("questionnaires"));

  @FuzzTest(maxDuration = "2m")
  void csvImportThrowsOnlyImportExceptions(byte[] content) throws IOException {
    importOnly(content, ".csv");
  }

  @FuzzTest(maxDuration = "2m")
  void xlsxImportThrowsOnlyImportExceptions(byte[] content) throws IOException {
    importOnly(content, ".xlsx");
  }

  private static void importOnly(byte[] content, String extension) throws IOException {
    Path file = Files.createTempFile("tandem-fuzz-", extension);
    try {
      Files.write(file, content);
      ImportResult result = Importer.read(List.of(file), QUESTIONNAIRES, ImportOptions.defaults());
      if (result.responses().size() + result.rejectedRows() != result.rowsRead()) {
        throw new AssertionError("rows went missing: " + result.rowsRead() + " read, "
            + result.responses().size() + " scored, " + result.rejectedRows() + " rejected");
      }
    } catch (ImportException expected) {
      // the one exception a coach may see
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
