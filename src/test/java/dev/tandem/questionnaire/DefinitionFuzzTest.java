package dev.tandem.questionnaire;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Hostile definition files: whatever the bytes, loading ends in a questionnaire or a {@link
 * DefinitionException}, never another exception. In the normal build this replays the seed corpus
 * under {@code DefinitionFuzzTestInputs/}; {@code JAZZER_FUZZ=1 mvn test -Dtest=DefinitionFuzzTest}
 * fuzzes for real.
 */
class DefinitionFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void loaderThrowsOnlyDefinitionExceptions(byte[] content) throws IOException {
    Path file = Files.createTempFile("tandem-fuzz-", ".yaml");
    try {
      Files.write(file, content);
      QuestionnaireLoader.load(file);
    } catch (DefinitionException expected) {
      // the one exception a coach may see
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
