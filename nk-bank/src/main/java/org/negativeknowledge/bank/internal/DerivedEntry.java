package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.record.InferredPolarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * Everything the store derives from one incoming object before writing it.
 *
 * @param id explicit or content-derived id
 * @param contentHash SHA-256 of the canonical JSON
 * @param originalText the object as compact JSON, key order as given
 * @param warnings reference-validation issues (stored, never a reason to reject)
 */
record DerivedEntry(
    String id,
    String contentHash,
    ObjectNode original,
    String originalText,
    RecordShape shape,
    int depth,
    InferredPolarity polarity,
    String domain,
    String taskId,
    Map<Facet, String> facets,
    List<ValidationIssue> warnings) {

  /** The same entry under another id (a revision keeps the id of the entry it revises). */
  DerivedEntry withId(String newId) {
    return new DerivedEntry(
        newId, contentHash, original, originalText, shape, depth, polarity, domain, taskId, facets,
        warnings);
  }
}
