package dev.tandem.ingest;

/** How a column of an export was matched to a questionnaire item. */
public enum MatchKind {
  /** The header is the item's id (or questionnaire-id.item-id). */
  ID,
  /** The header is the item's text, ignoring case, spacing, punctuation and trailing hints. */
  TEXT,
  /** The header is one of the item's aliases from the definition. */
  ALIAS,
  /** The column's Qualtrics ImportId is the item's id or one of its aliases. */
  IMPORT_ID,
  /** The coach's --mapping file names the item for this header. */
  MAPPING
}
