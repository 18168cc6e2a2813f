package dev.tandem.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

  @Test
  void wordsIgnoreCasePunctuationAndSpacing() {
    assertThat(Text.words("  I can’t  say NO! ")).isEqualTo(Text.words("i can't say no"));
  }

  @Test
  void variantsDropTrailingHintsAndKeepGridRows() {
    assertThat(Text.variants("How true? [I like tea] (1 = no)"))
        .containsExactly("How true? [I like tea] (1 = no)", "How true?");
    assertThat(Text.variants("Statements [I like tea]"))
        .containsExactly("Statements [I like tea]", "I like tea", "Statements");
    assertThat(Text.variants("Q - I like tea"))
        .containsExactly("Q - I like tea", "Q - I like tea", "I like tea");
  }

  @Test
  void shortHeadersAreCutAtFortyCharactersOnOneLine() {
    assertThat(Text.shortHeader("a\nb")).isEqualTo("a b");
    assertThat(Text.shortHeader("x".repeat(41))).isEqualTo("x".repeat(40) + "...");
    assertThat(Text.shortHeader("x".repeat(40))).isEqualTo("x".repeat(40));
  }
}
