package org.negativeknowledge.taxonomy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A normalised copy of a record and the changes made to get it.
 *
 * @param record the normalised copy (the input is never modified)
 * @param changes every alias replaced, in field order; empty when nothing changed
 */
public record NormalizationResult(ObjectNode record, List<NormalizationChange> changes) {
  public NormalizationResult {
    changes = List.copyOf(changes);
  }

  /** Whether any value was replaced. */
  public boolean changed() {
    return !changes.isEmpty();
  }
}
