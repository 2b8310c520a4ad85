package org.negativeknowledge.bank.entry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One further sighting of the failure an entry describes: a curated record with the entry's
 * signature key and task arrived and was counted instead of stored (see {@link CurationOrigin}).
 * The entry's own first revision is occurrence 1 and has no {@code Occurrence} row.
 *
 * @param entryId the entry the occurrence was counted on
 * @param number 2 for the first further occurrence, counting up
 * @param signatureKey the failure signature key the record arrived with
 * @param curator the curator that wrote the counted record ({@code offline}, {@code llm}, ...)
 * @param source the file or source tag the record came from, or null
 * @param author who imported it, or null
 * @param createdAt when it was counted; never null
 * @param inputHashes input name to SHA-256 of what the record was made from; never null
 */
public record Occurrence(
    String entryId,
    int number,
    String signatureKey,
    String curator,
    String source,
    String author,
    Instant createdAt,
    Map<String, String> inputHashes) {

  /** Checks the required parts and copies the hashes. */
  public Occurrence {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(createdAt, "createdAt");
    inputHashes = inputHashes == null ? Map.of() : Map.copyOf(inputHashes);
  }
}
