package org.negativeknowledge.app.loop;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A record a curator wrote for the loop.
 *
 * @param text the record file's exact text (what the next attempt is shown and what is measured)
 * @param record the record parsed
 * @param issues strict validation issues, one line each ({@code path: code: message}); a record
 *     with issues is shown to the next attempt but not added to the bank
 * @param tokens what the curation cost
 * @param duration how long it took
 * @param audit the curator's audit (prompt, inputs with SHA-256, output); never holds secrets
 * @param curator {@code offline}, {@code llm} or {@code replay}
 * @param signatureKey the failure signature the bank deduplicates by, when one could be had
 * @param inputHashes every input the curator read, name to SHA-256, for the bank's provenance
 */
public record CuratedRecord(
    String text, ObjectNode record, List<String> issues, TokenUse tokens, Duration duration,
    ObjectNode audit, String curator, Optional<String> signatureKey, Map<String, String> inputHashes) {
  public CuratedRecord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(record, "record");
    issues = List.copyOf(issues);
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(signatureKey, "signatureKey");
    inputHashes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputHashes));
  }
}
