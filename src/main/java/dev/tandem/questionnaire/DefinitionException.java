package dev.tandem.questionnaire;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A definition file (questionnaire, couple patterns, column mapping) that cannot be used. Carries
 * every problem found, each with its file, line and column, so a coach can fix them in one go.
 */
public final class DefinitionException extends RuntimeException {

  private final List<Problem> problems;

  public DefinitionException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a DefinitionException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public DefinitionException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    return problems.size()
        + " problems:\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
