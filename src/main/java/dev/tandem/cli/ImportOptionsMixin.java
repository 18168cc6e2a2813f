package dev.tandem.cli;

import dev.tandem.ingest.ImportOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that say how to read survey exports, shared by every command that imports. */
final class ImportOptionsMixin {

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Encoding of CSV files without a byte-order mark, e.g. windows-1252."
              + " Default: UTF-8, or Windows-1252 when the bytes are not valid UTF-8.")
  String encoding;

  @Option(
      names = "--id-column",
      paramLabel = "HEADER",
      description =
          "The column that identifies the respondent. Default: respondent_id, Email address, ResponseId, ...")
  String idColumn;

  @Option(
      names = "--couple-column",
      paramLabel = "HEADER",
      description =
          "The column with the couple code. Default: Couple code, couple_id, ...; else a partner-email column.")
  String coupleColumn;

  @Option(
      names = "--time-column",
      paramLabel = "HEADER",
      description =
          "The column with the date and time of the answers. Default: Timestamp, Completion time, RecordedDate, ...")
  String timeColumn;

  @Option(
      names = "--mapping",
      paramLabel = "FILE",
      description =
          "A YAML file mapping column headers to items, answer labels to numbers, and the identity columns.")
  Path mapping;

  @Option(
      names = "--sheet",
      paramLabel = "NAME|NUMBER",
      description = "The sheet of an .xlsx file to read. Default: the first.")
  String sheet;

  @Option(
      names = "--keep-test-responses",
      description =
          "Score the responses a survey tool marks as previews, tests or spam (Qualtrics' Status"
              + " column). Default: they are set aside and listed.")
  boolean keepTestResponses;

  /**
   * The options as given; couples linked by partner e-mail are coded under the coach's default
   * pseudonym secret (commands with {@code --pseudonym-secret} put their own in its place).
   */
  ImportOptions toOptions() {
    Optional<Charset> charset = Optional.empty();
    if (encoding != null) {
      try {
        charset = Optional.of(Charset.forName(encoding));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException(
            "--encoding "
                + encoding
                + " is not an encoding Java knows; use a name such as"
                + " UTF-8, windows-1252 or ISO-8859-1");
      }
    }
    if (mapping != null && !Files.isRegularFile(mapping)) {
      throw new UsageException(
          "the mapping file " + mapping + " does not exist; check the path given to --mapping");
    }
    return new ImportOptions(
        charset,
        Optional.ofNullable(idColumn),
        Optional.ofNullable(coupleColumn),
        Optional.ofNullable(timeColumn),
        Optional.ofNullable(mapping),
        Optional.ofNullable(sheet),
        keepTestResponses,
        new ProtectionOptions().partnerLinks());
  }
}
