package dev.tandem.questionnaire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile definition files end in a clear {@link DefinitionException}, never a hang or a crash. */
class DefinitionLimitsTest {

  @TempDir Path folder;

  private Path file(String text) throws IOException {
    return Files.writeString(folder.resolve("hostile.yaml"), text);
  }

  @Test
  void aHugeFileIsRefusedBeforeItIsRead() throws IOException {
    Path file = file("# padding\n".repeat(300_000));

    assertThatThrownBy(() -> QuestionnaireLoader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            file
                + ": the file is 2929 KB; a definition may be at most 2048 KB. Is this the right file?");
  }

  @Test
  void deeplyNestedBlocksAreRefused() throws IOException {
    Path file = file("a: " + "[".repeat(200) + "]".repeat(200) + "\n");

    assertThatThrownBy(() -> QuestionnaireLoader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessage(
            file
                + ": the file is nested more than 32 levels deep; a definition needs far fewer,"
                + " so check the brackets and indentation");
  }

  @Test
  void deeplyNestedMappingsAreRefused() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int depth = 0; depth < 100; depth++) {
      text.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
    }
    text.append("  ".repeat(100)).append("end\n");
    Path file = file(text.toString());

    assertThatThrownBy(() -> QuestionnaireLoader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith(file + ":")
        .hasMessageContaining("nest");
  }

  @Test
  void aBillionLaughsOfAliasesIsNotExpanded() throws IOException {
    // the YAML is read as a stream of events: an alias stays a name, so nine levels of nine-fold
    // aliases cost nothing and the file ends in ordinary problems
    StringBuilder text =
        new StringBuilder(
            "a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
    for (int level = 1; level < 10; level++) {
      String previous = "*a" + (level - 1);
      text.append("a")
          .append(level)
          .append(": &a")
          .append(level)
          .append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
          .append("]\n");
    }
    Path file = file(text.toString());

    assertThatThrownBy(() -> QuestionnaireLoader.load(file))
        .isInstanceOf(DefinitionException.class)
        .hasMessageStartingWith(
            "16 problems:\n  " + file + ":1:1: unknown key \"a0\" in the questionnaire")
        .hasMessageContaining(file + ":10:1: unknown key \"a9\" in the questionnaire");
  }
}
