package dev.tandem.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read the input files. Every option has an automatic default: the encoding and the layout
 * are detected, the identity columns guessed from their headers.
 */
public record ImportOptions(
    Optional<Charset> encoding,
    Optional<String> idColumn,
    Optional<String> coupleColumn,
    Optional<String> timeColumn,
    Optional<Path> mapping,
    Optional<String> sheet) {

  public static ImportOptions defaults() {
    return new ImportOptions(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
