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
      String[] added = directives().split("Directive:");
      // added[0] is empty; then the PNG rows' loop, the kernels' directive, everything's, and the
      // default
      assertThat(added).hasSize(5);
      assertThat(c2(added[1])).contains("Exclude:true");
      assertThat(added[1]).contains("matching: dev/tandem/report/PngEncoder.scanlines");
      assertThat(c2(added[2])).contains("Exclude:false");
      assertThat(added[2]).contains("dev/tandem/report/PngEncoder.*");
      assertThat(c2(added[3])).contains("Exclude:true");
      assertThat(added[3]).contains("matching: *.*");
      assertThat(added[4]).startsWith(" (default)");
    } finally {
      if (applied) {
        // the test's own process goes on with both compilers, as it was
        for (int i = 0; i < 3; i++) {
          QuickCompilation.diagnostic("compilerDirectivesRemove");
        }
      }
    }
    assertThat(directives()).isEqualTo(before);
  }

  private static String c2(String directive) {
    return directive.substring(directive.indexOf("c2 directives:"));
  }

  private static String directives() throws Exception {
    return String.valueOf(QuickCompilation.diagnostic("compilerDirectivesPrint"));
  }
}
