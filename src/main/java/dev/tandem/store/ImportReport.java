package dev.tandem.store;

import dev.tandem.ingest.ImportSummary;
import java.util.Objects;

/**
 * What an import into the store did: the import's own accounting of rows read, scored and rejected,
 * then of the responses to each questionnaire on the scored rows, how many were added, how many
 * were in the store already with the same answers, and how many conflicted (listed one by one as
 * they came).
 */
public record ImportReport(ImportSummary summary, int added, int alreadyStored, int conflicts) {

  public ImportReport {
    Objects.requireNonNull(summary, "summary must not be null");
  }

  /** "12 responses added to the store, 3 already there, 1 conflict not stored". */
  public String storeAccounting() {
    return added
        + (added == 1 ? " response" : " responses")
        + " added to the store, "
        + alreadyStored
        + " already there"
        + (conflicts == 0
            ? ""
            : ", " + conflicts + (conflicts == 1 ? " conflict" : " conflicts") + " not stored");
  }
}
