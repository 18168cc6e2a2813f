package dev.tandem.report.output;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The password that protects the reports of a run. It comes from a file ({@code --password-file})
 * or from the environment variable {@value #ENVIRONMENT_VARIABLE}, never from the command line,
 * where other users of the machine and the shell history could see it. Its {@code toString} hides
 * it.
 */
public final class ReportPassword {

  public static final String ENVIRONMENT_VARIABLE = "TANDEM_PASSWORD";

  /** Longer than any password a person types; a longer file is the wrong file. */
  static final int MAX_LENGTH = 1024;

  private final String value;

  private ReportPassword(String value) {
    this.value = value;
  }

  /** A password given by a program, not a person (tests, or a caller with its own source). */
  public static ReportPassword of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.isEmpty()) {
      throw new OutputException(
          "the report password is empty; choose one of at least one character");
    }
    return new ReportPassword(value);
  }

  /**
   * The password from the file if one is given, else from the environment, else none (reports are
   * then written unencrypted). The file holds the password on its first and only line.
   */
  public static Optional<ReportPassword> resolve(
      Optional<Path> file, Map<String, String> environment) {
    if (file.isPresent()) {
      return Optional.of(fromFile(file.get()));
    }
    String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
    if (fromEnvironment == null) {
      return Optional.empty();
    }
    if (fromEnvironment.isEmpty()) {
      throw new OutputException(
          ENVIRONMENT_VARIABLE
              + " is set but empty; set it to the password or unset it to write reports without one");
    }
    return Optional.of(new ReportPassword(fromEnvironment));
  }

  static ReportPassword fromFile(Path file) {
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_LENGTH * 4L + 2) {
        throw new OutputException(
            file + ": this password file is too long; put only the password in it");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new OutputException(file + ": the password file does not exist; check the path");
    } catch (IOException e) {
      throw new OutputException(
          file + ": cannot read the password file (" + SafeWriter.reason(e) + ")");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new OutputException(file + ": the password file is not UTF-8 text; save it as UTF-8");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.endsWith("\n")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (text.isEmpty()) {
      throw new OutputException(
          file + ": the password file is empty; put the password on its first line");
    }
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new OutputException(
          file + ": the password file has more than one line; put only the password in it");
    }
    if (text.length() > MAX_LENGTH) {
      throw new OutputException(
          file + ": this password file is too long; put only the password in it");
    }
    return new ReportPassword(text);
  }

  String value() {
    return value;
  }

  /**
   * The password as characters, for the practice store's key derivation (a fresh copy each time).
   */
  public char[] characters() {
    return value.toCharArray();
  }

  @Override
  public String toString() {
    return "ReportPassword[hidden]";
  }
}
