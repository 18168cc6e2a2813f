package dev.tandem.ingest;

import java.util.Objects;

/**
 * One export column matched to an item: its 1-based column number, its header (shortened, as shown
 * to the coach), the questionnaire and item, and how it matched.
 */
public record ColumnMatch(
    int column, String header, String questionnaireId, String itemId, MatchKind how) {

  public ColumnMatch {
    Objects.requireNonNull(header, "header must not be null");
    Objects.requireNonNull(questionnaireId, "questionnaireId must not be null");
    Objects.requireNonNull(itemId, "itemId must not be null");
    Objects.requireNonNull(how, "how must not be null");
  }
}
