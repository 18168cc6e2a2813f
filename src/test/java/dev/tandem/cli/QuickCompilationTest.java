package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickCompilationTest {

  @Test
  void theRuntimeIsToldToLeaveEveryMethodToTheQuickCompiler() throws Exception {
    String before = directives();
    boolean applied = QuickCompilation.apply();
    try {
      assertThat(applied).isTrue();
      String added = directives().substring(0, directives().indexOf("Directive: (default)"));
      assertThat(added).contains("matching: *.*");
      assertThat(added.substring(added.indexOf("c2 directives:"))).contains("Exclude:true");
      assertThat(added.substring(0, added.indexOf("c2 directives:"))).contains("Exclude:false");
    } finally {
      if (applied) {
        // the test's own process goes on with both compilers, as it was
        QuickCompilation.diagnostic("compilerDirectivesRemove");
      }
    }
    assertThat(directives()).isEqualTo(before);
  }

  private static String directives() throws Exception {
    return String.valueOf(QuickCompilation.diagnostic("compilerDirectivesPrint"));
  }
}
