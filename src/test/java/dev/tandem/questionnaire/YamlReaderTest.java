package dev.tandem.questionnaire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Only the YAML library's own refusals become problems with the file: an unchecked exception from
 * Tandem's code (here a missing problem list) is a bug and must surface as one, not as bad input.
 */
class YamlReaderTest {

  @Test
  void aBugInTandemIsNotReportedAsAProblemWithTheFile() {
    assertThatThrownBy(() -> YamlReader.parse(Path.of("twice.yaml"), "id: a\nid: b\n", null))
        .isExactlyInstanceOf(NullPointerException.class);
  }
}
