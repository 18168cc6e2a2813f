package dev.tandem.couples;

import java.util.List;
import java.util.Objects;

/** One key of a pattern's {@code when}: every rule of a pattern must hold for it to fire. */
sealed interface PatternRule {

  /** The scales the rule reads, as questionnaireId.scaleId. */
  List<String> scales();

  /** One partner meets every condition of {@code one} and the other every one of {@code other}. */
  record OneAndOther(List<ScaleCondition> one, List<ScaleCondition> other) implements PatternRule {
    public OneAndOther {
      one = List.copyOf(one);
      other = List.copyOf(other);
    }

    @Override
    public List<String> scales() {
      return java.util.stream.Stream.concat(one.stream(), other.stream())
          .map(ScaleCondition::scale)
          .distinct()
          .toList();
    }
  }

  /** Each partner meets every condition. */
  record Both(List<ScaleCondition> conditions) implements PatternRule {
    public Both {
      conditions = List.copyOf(conditions);
    }

    @Override
    public List<String> scales() {
      return conditions.stream().map(ScaleCondition::scale).distinct().toList();
    }
  }

  /** The partners' scores on a scale are at least {@code atLeast} apart. */
  record Apart(String scale, double atLeast) implements PatternRule {
    public Apart {
      Objects.requireNonNull(scale, "scale must not be null");
    }

    @Override
    public List<String> scales() {
      return List.of(scale);
    }
  }
}
