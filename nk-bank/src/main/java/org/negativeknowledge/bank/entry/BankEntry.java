package org.negativeknowledge.bank.entry;

import org.negativeknowledge.bank.Bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/**
 * One stored revision of an entry: the original JSON object untouched plus derived metadata.
 *
 * <p>The {@code original} node is shared, not copied: treat it as read-only.
 *
 * @param id the stable entry id (the object's {@code id}, else derived from its content)
 * @param revision 1 for the first revision, counting up with each revise or retract
 * @param sequence the store's global change sequence of the last write that touched this row
 * @param shape the detected record shape
 * @param depth 1 for single-round records, N for deep records
 * @param polarity explicit or inferred polarity
 * @param polarityRule how the polarity was decided (e.g. "explicit kind", "empty failure block")
 * @param domain the entry's domain, or null when neither the object nor the import named one
 * @param taskId the object's {@code task_id}, or null
 * @param facets the failure facets present in the object (values as written, not normalised)
 * @param status active, superseded or retracted
 * @param provenance where the revision came from
 * @param original the JSON object exactly as given
 * @param reason why this revision exists (revise or retract); null for the first revision
 * @param signatureKey the failure signature key a curated entry was stored with ({@link
 *     CurationOrigin}), or null
 * @param occurrences how many times the failure was seen: 1 for the entry itself, plus one per
 *     curated record with the same signature key and task counted on it (see {@link
 *     Bank#occurrences(String)}); at least 1
 */
public record BankEntry(
    String id,
    int revision,
    long sequence,
    RecordShape shape,
    int depth,
    Polarity polarity,
    String polarityRule,
    String domain,
    String taskId,
    Map<Facet, String> facets,
    EntryStatus status,
    Provenance provenance,
    ObjectNode original,
    String reason,
    String signatureKey,
    int occurrences) {

  /** Checks the required parts and freezes the facet map (kept in facet order). */
  public BankEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(original, "original");
    EnumMap<Facet, String> copy = new EnumMap<>(Facet.class);
    if (facets != null) {
      copy.putAll(facets);
    }
    facets = Collections.unmodifiableMap(copy);
    if (occurrences < 1) {
      throw new IllegalArgumentException("occurrences must be at least 1, got " + occurrences);
    }
  }

  /** This revision with a different status (used when reading a revision's current state). */
  public BankEntry withStatus(EntryStatus newStatus) {
    return new BankEntry(
        id, revision, sequence, shape, depth, polarity, polarityRule, domain, taskId, facets,
        newStatus, provenance, original, reason, signatureKey, occurrences);
  }
}
