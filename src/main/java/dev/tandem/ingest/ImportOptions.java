package dev.tandem.ingest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to read the input files. Every option has an automatic default: the encoding and the layout
 * are detected, the identity columns guessed from their headers, and responses a survey tool marks
 * as previews, tests or spam are set aside unless {@code keepTestResponses}.
 */
public record ImportOptions(
    Optional<Charset> encoding,
    Optional<String> idColumn,
    Optional<String> coupleColumn,
    Optional<String> timeColumn,
    Optional<Path> mapping,
    Optional<String> sheet,
    boolean keepTestResponses,
    PartnerLinkCodes partnerLinks) {

  public ImportOptions {
    java.util.Objects.requireNonNull(encoding, "encoding must not be null");
    java.util.Objects.requireNonNull(idColumn, "idColumn must not be null");
    java.util.Objects.requireNonNull(coupleColumn, "coupleColumn must not be null");
    java.util.Objects.requireNonNull(timeColumn, "timeColumn must not be null");
    java.util.Objects.requireNonNull(mapping, "mapping must not be null");
    java.util.Objects.requireNonNull(sheet, "sheet must not be null");
    java.util.Objects.requireNonNull(partnerLinks, "partnerLinks must not be null");
  }

  public static ImportOptions defaults() {
    return new ImportOptions(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        PartnerLinkCodes.ofThisRun());
  }

  public ImportOptions withEncoding(Charset charset) {
    return new ImportOptions(
        Optional.of(charset),
        idColumn,
        coupleColumn,
        timeColumn,
        mapping,
        sheet,
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions withIdColumn(String header) {
    return new ImportOptions(
        encoding,
        Optional.of(header),
        coupleColumn,
        timeColumn,
        mapping,
        sheet,
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions withCoupleColumn(String header) {
    return new ImportOptions(
        encoding,
        idColumn,
        Optional.of(header),
        timeColumn,
        mapping,
        sheet,
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions withTimeColumn(String header) {
    return new ImportOptions(
        encoding,
        idColumn,
        coupleColumn,
        Optional.of(header),
        mapping,
        sheet,
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions withMapping(Path file) {
    return new ImportOptions(
        encoding,
        idColumn,
        coupleColumn,
        timeColumn,
        Optional.of(file),
        sheet,
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions withSheet(String nameOrNumber) {
    return new ImportOptions(
        encoding,
        idColumn,
        coupleColumn,
        timeColumn,
        mapping,
        Optional.of(nameOrNumber),
        keepTestResponses,
        partnerLinks);
  }

  public ImportOptions keepingTestResponses() {
    return new ImportOptions(
        encoding, idColumn, coupleColumn, timeColumn, mapping, sheet, true, partnerLinks);
  }

  /** The same options, with partner-linked couples coded under {@code codes}' key. */
  public ImportOptions withPartnerLinks(PartnerLinkCodes codes) {
    return new ImportOptions(
        encoding, idColumn, coupleColumn, timeColumn, mapping, sheet, keepTestResponses, codes);
  }
}
