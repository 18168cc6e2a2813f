package dev.tandem.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML document as a tree in which every node remembers where it was written, so that every
 * problem found while reading a definition can name its line and column. Jackson's own tree drops
 * positions; this one keeps them. Built by {@link YamlReader}.
 */
public sealed interface YamlNode {

  Position position();

  /** What the node is, in the words a message to a coach uses ("a list", "a number", ...). */
  String kind();

  /** A mapping, with its keys in file order and each key's own position. */
  record Mapping(Position position, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Optional<YamlNode> get(String key) {
      Entry entry = entries.get(key);
      return entry == null ? Optional.empty() : Optional.of(entry.value());
    }

    @Override
    public String kind() {
      return "a mapping of keys to values";
    }
  }

  /** A key and its value, each with its position. */
  record Entry(String key, Position keyPosition, YamlNode value) {}

  record Sequence(Position position, List<YamlNode> elements) implements YamlNode {
    public Sequence {
      elements = List.copyOf(elements);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A scalar as written. {@code quoted} is true for strings, false for numbers and booleans and
   * plain words; the text is what the file says.
   */
  record Scalar(Position position, String text, ScalarType type) implements YamlNode {
    @Override
    public String kind() {
      return switch (type) {
        case INTEGER -> "the whole number " + text;
        case DECIMAL -> "the number " + text;
        case BOOLEAN -> "the value " + text;
        case TEXT -> "a piece of text";
      };
    }
  }

  enum ScalarType {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN
  }

  record Null(Position position) implements YamlNode {
    @Override
    public String kind() {
      return "nothing";
    }
  }
}
