package dev.tandem.questionnaire;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML file into a {@link YamlNode} tree with positions. Guards against hostile files: a
 * size limit, a nesting limit and no alias expansion bombs. Duplicate keys are reported, not
 * merged.
 */
public final class YamlReader {

  /** Definitions are a few kilobytes; anything past this is not a definition. */
  public static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

  public static final int MAX_DEPTH = 32;

  private static final YAMLFactory FACTORY = buildFactory();

  private YamlReader() {}

  private static YAMLFactory buildFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
    options.setMaxAliasesForCollections(20);
    options.setNestingDepthLimit(MAX_DEPTH + 8);
    options.setCodePointLimit((int) MAX_FILE_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH)
            .maxStringLength(200_000)
            .maxNumberLength(100)
            .build());
    return factory;
  }

  /**
   * Reads a file. Problems that stop the reading (unreadable file, broken YAML) are thrown at once;
   * duplicate keys are added to {@code problems} and the later value is kept.
   */
  public static YamlNode read(Path file, List<Problem> problems) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new DefinitionException(
          new Problem(Position.ofFile(file), "the file does not exist; check the path"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (size > MAX_FILE_BYTES) {
      throw new DefinitionException(
          new Problem(
              Position.ofFile(file),
              "the file is "
                  + size / 1024
                  + " KB; a definition may be at most "
                  + MAX_FILE_BYTES / 1024
                  + " KB. Is this the right file?"));
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new DefinitionException(
          new Problem(
              Position.ofFile(file), "the file is not UTF-8 text; save it as UTF-8 and try again"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parse(file, text, problems);
  }

  static YamlNode parse(Path file, String text, List<Problem> problems) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Null(new Position(file, 1, 1));
      }
      YamlNode root = readValue(parser, file, problems, 0);
      if (parser.nextToken() != null) {
        throw new DefinitionException(
            new Problem(
                position(file, parser.currentTokenLocation()),
                "the file holds more than one YAML document; keep one per file"));
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new DefinitionException(
          new Problem(
              position(file, e.getLocation()),
              "the file is nested more than "
                  + MAX_DEPTH
                  + " levels deep; a definition needs far fewer, so check the brackets and indentation"));
    } catch (JsonProcessingException e) {
      throw new DefinitionException(
          new Problem(position(file, e.getLocation()), "this is not valid YAML: " + firstLine(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (YAMLException e) {
      // SnakeYAML signals its own limits (nesting, aliases, code points) with its unchecked
      // exception;
      // any other unchecked exception is a bug in Tandem and must not pass as a problem with the
      // file.
      throw new DefinitionException(
          new Problem(
              Position.ofFile(file),
              "this YAML cannot be read safely ("
                  + e.getClass().getSimpleName()
                  + "): "
                  + firstLine(e)));
    }
  }

  private static YamlNode readValue(JsonParser parser, Path file, List<Problem> problems, int depth)
      throws IOException {
    Position at = position(file, parser.currentTokenLocation());
    if (depth > MAX_DEPTH) {
      throw new DefinitionException(
          new Problem(at, "the file is nested more than " + MAX_DEPTH + " levels deep"));
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readMapping(parser, file, problems, depth, at);
      case START_ARRAY -> readSequence(parser, file, problems, depth, at);
      case VALUE_STRING -> new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.TEXT);
      case VALUE_NUMBER_INT ->
          new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.INTEGER);
      case VALUE_NUMBER_FLOAT ->
          new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.DECIMAL);
      case VALUE_TRUE, VALUE_FALSE ->
          new YamlNode.Scalar(at, parser.getText(), YamlNode.ScalarType.BOOLEAN);
      case VALUE_NULL -> new YamlNode.Null(at);
      default ->
          throw new DefinitionException(new Problem(at, "unexpected YAML content (" + token + ")"));
    };
  }

  private static YamlNode readMapping(
      JsonParser parser, Path file, List<Problem> problems, int depth, Position at)
      throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      Position keyAt = position(file, parser.currentTokenLocation());
      parser.nextToken();
      YamlNode value = readValue(parser, file, problems, depth + 1);
      YamlNode.Entry previous = entries.put(key, new YamlNode.Entry(key, keyAt, value));
      if (previous != null) {
        problems.add(
            new Problem(
                keyAt,
                "the key \""
                    + key
                    + "\" appears twice in the same block (first at line "
                    + previous.keyPosition().line()
                    + "); keep one"));
      }
    }
    return new YamlNode.Mapping(at, entries);
  }

  private static YamlNode readSequence(
      JsonParser parser, Path file, List<Problem> problems, int depth, Position at)
      throws IOException {
    List<YamlNode> elements = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      elements.add(readValue(parser, file, problems, depth + 1));
    }
    return new YamlNode.Sequence(at, elements);
  }

  private static Position position(Path file, JsonLocation location) {
    if (location == null) {
      return Position.ofFile(file);
    }
    return new Position(
        file, Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }

  private static String firstLine(Exception e) {
    String message =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    if (message == null) {
      return "no details";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
