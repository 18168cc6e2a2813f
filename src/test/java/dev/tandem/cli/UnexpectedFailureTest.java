package dev.tandem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a coach reads when a failure escapes every command: one line, no trace, no data. */
class UnexpectedFailureTest {

  private static String explained(Throwable failure) {
    return TandemCommand.unexpected(failure);
  }

  @Test
  void runningOutOfMemorySaysHowToGiveJavaMore() {
    String printed = explained(new OutOfMemoryError("Java heap space"));

    assertThat(printed).startsWith("tandem: ran out of memory").contains("-Xmx").hasLineCount(1);
  }

  @Test
  void anyOtherFailureIsNamedAsABugWithoutItsMessageOrTrace() {
    String printed = explained(new IllegalStateException("row of Łukasz Żółw: 5,4,3"));

    assertThat(printed)
        .contains("IllegalStateException", "bug in Tandem")
        .doesNotContain("Łukasz", "5,4,3", "\tat ")
        .hasLineCount(1);
  }
}
