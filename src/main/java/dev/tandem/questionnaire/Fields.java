package dev.tandem.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one YAML mapping into typed values, adding a {@link Problem} for every key that
 * is missing, of the wrong type or not known, and carrying on, so that one pass finds every
 * mistake. Used by every definition reader (questionnaires, couple patterns, column mappings).
 */
public final class Fields {

  private final YamlNode.Mapping mapping;
  private final String where;
  private final List<Problem> problems;

  private Fields(YamlNode.Mapping mapping, String where, List<Problem> problems) {
    this.mapping = mapping;
    this.where = where;
    this.problems = problems;
  }

  /**
   * Reads {@code node} as a mapping whose keys must all be in {@code allowed}; an unknown key is a
   * problem (a typo must not be silently ignored). Returns empty, with a problem, when the node is
   * not a mapping.
   */
  public static Optional<Fields> of(
      YamlNode node, String where, Set<String> allowed, List<Problem> problems) {
    if (!(node instanceof YamlNode.Mapping mapping)) {
      problems.add(
          new Problem(node.position(), where + " should be a block of keys, found " + node.kind()));
      return Optional.empty();
    }
    for (YamlNode.Entry entry : mapping.entries().values()) {
      if (!allowed.contains(entry.key())) {
        problems.add(
            new Problem(
                entry.keyPosition(),
                "unknown key \""
                    + entry.key()
                    + "\" in "
                    + where
                    + suggestion(entry.key(), allowed)));
      }
    }
    return Optional.of(new Fields(mapping, where, problems));
  }

  public YamlNode.Mapping mapping() {
    return mapping;
  }

  public Position position() {
    return mapping.position();
  }

  /** The position of a key if present, else of the mapping. */
  public Position positionOf(String key) {
    YamlNode.Entry entry = mapping.entries().get(key);
    return entry == null ? mapping.position() : entry.value().position();
  }

  public Optional<YamlNode> node(String key) {
    return mapping.get(key).filter(n -> !(n instanceof YamlNode.Null));
  }

  public Optional<String> requiredText(String key) {
    Optional<String> value = text(key);
    if (value.isEmpty() && node(key).isEmpty()) {
      missing(key);
    }
    return value;
  }

  public Optional<String> text(String key) {
    return node(key).flatMap(n -> asText(n, key));
  }

  private Optional<String> asText(YamlNode node, String key) {
    if (node instanceof YamlNode.Scalar scalar) {
      if (scalar.text().isBlank()) {
        problems.add(new Problem(node.position(), "\"" + key + "\" in " + where + " is empty"));
        return Optional.empty();
      }
      return Optional.of(scalar.text().strip());
    }
    problems.add(
        new Problem(
            node.position(),
            "\"" + key + "\" in " + where + " should be text, found " + node.kind()));
    return Optional.empty();
  }

  public OptionalDouble requiredNumber(String key) {
    if (node(key).isEmpty()) {
      missing(key);
      return OptionalDouble.empty();
    }
    return number(key);
  }

  public OptionalDouble number(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    return asNumber(node.get(), "\"" + key + "\" in " + where);
  }

  /** Reads a scalar as a number, adding a problem when it is not one. */
  public OptionalDouble asNumber(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar scalar
        && (scalar.type() == YamlNode.ScalarType.INTEGER
            || scalar.type() == YamlNode.ScalarType.DECIMAL)) {
      try {
        double value = Double.parseDouble(scalar.text());
        if (Double.isFinite(value)) {
          return OptionalDouble.of(value);
        }
      } catch (NumberFormatException ignored) {
        // fall through to the problem below
      }
    }
    problems.add(new Problem(node.position(), what + " should be a number, found " + node.kind()));
    return OptionalDouble.empty();
  }

  public Optional<Integer> requiredInteger(String key) {
    if (node(key).isEmpty()) {
      missing(key);
      return Optional.empty();
    }
    return integer(key);
  }

  public Optional<Integer> integer(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar
        && scalar.type() == YamlNode.ScalarType.INTEGER) {
      try {
        return Optional.of(Integer.parseInt(scalar.text()));
      } catch (NumberFormatException ignored) {
        // too large; reported below
      }
    }
    problems.add(
        new Problem(
            node.get().position(),
            "\""
                + key
                + "\" in "
                + where
                + " should be a whole number, found "
                + node.get().kind()));
    return Optional.empty();
  }

  public Optional<Boolean> bool(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlNode.Scalar scalar
        && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(scalar.text().toLowerCase(Locale.ROOT)));
    }
    problems.add(
        new Problem(
            node.get().position(),
            "\""
                + key
                + "\" in "
                + where
                + " should be true or false, found "
                + node.get().kind()));
    return Optional.empty();
  }

  /** A list of texts; a single text is accepted as a list of one. */
  public List<String> texts(String key) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      return List.of();
    }
    List<YamlNode> elements =
        node.get() instanceof YamlNode.Sequence sequence
            ? sequence.elements()
            : List.of(node.get());
    List<String> out = new ArrayList<>();
    for (YamlNode element : elements) {
      asText(element, key).ifPresent(out::add);
    }
    return out;
  }

  /** The elements of a list; a problem when the key holds something else. */
  public List<YamlNode> list(String key, boolean required) {
    Optional<YamlNode> node = node(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key);
      }
      return List.of();
    }
    if (node.get() instanceof YamlNode.Sequence sequence) {
      if (required && sequence.elements().isEmpty()) {
        problems.add(
            new Problem(sequence.position(), "\"" + key + "\" in " + where + " is an empty list"));
      }
      return sequence.elements();
    }
    problems.add(
        new Problem(
            node.get().position(),
            "\""
                + key
                + "\" in "
                + where
                + " should be a list (lines starting with \"- \"), found "
                + node.get().kind()));
    return List.of();
  }

  /** Reads a choice among an enum's constants, written in lower case in the file. */
  public <E extends Enum<E>> Optional<E> choice(String key, Class<E> type) {
    return text(key)
        .flatMap(
            text -> {
              for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                  return Optional.of(constant);
                }
              }
              problems.add(
                  new Problem(
                      positionOf(key),
                      "\""
                          + key
                          + "\" in "
                          + where
                          + " should be one of "
                          + choices(type)
                          + ", found \""
                          + text
                          + "\""));
              return Optional.empty();
            });
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  public <T> List<T> each(String key, boolean required, Function<YamlNode, Optional<T>> reader) {
    List<T> out = new ArrayList<>();
    for (YamlNode element : list(key, required)) {
      reader.apply(element).ifPresent(out::add);
    }
    return out;
  }

  public void problem(Position at, String message) {
    problems.add(new Problem(at, message));
  }

  private void missing(String key) {
    problems.add(new Problem(mapping.position(), where + " needs \"" + key + "\""));
  }

  private static String suggestion(String key, Set<String> allowed) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : allowed) {
      int distance = editDistance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
      return "; did you mean \"" + best + "\"?";
    }
    return "; expected one of " + String.join(", ", allowed.stream().sorted().toList());
  }

  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
