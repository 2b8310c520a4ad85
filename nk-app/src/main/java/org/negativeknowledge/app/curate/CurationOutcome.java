package org.negativeknowledge.app.curate;

import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.CurationResult;

/**
 * What one curation did.
 *
 * @param result the record, its validation, usage, audit and typed provenance
 * @param curator how the curator is named: {@code offline} or {@code model:<id>}
 * @param stored where the record went in the bank, when it was stored
 * @param notStored why it was not stored, when it was not (empty when stored)
 */
public record CurationOutcome(
    CurationResult result, String curator, Optional<StoredCuration> stored, Optional<String> notStored) {
  public CurationOutcome {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(notStored, "notStored");
  }
}
