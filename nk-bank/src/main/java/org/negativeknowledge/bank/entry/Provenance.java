package org.negativeknowledge.bank.entry;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Where an entry revision came from: the source it was imported from (a file, or a tag such as
 * {@code --source}), who wrote it, when it was stored, and hashes of the inputs it was made from
 * when they are known.
 *
 * @param sourceFile the file or source tag, or null when unknown
 * @param author the person or agent that wrote it, or null when unknown
 * @param createdAt when this revision was stored; never null
 * @param inputHashes input name to SHA-256 (hex); empty when unknown, never null
 * @param curator the curator that wrote the revision ({@link CurationOrigin#OFFLINE}, {@link
 *     CurationOrigin#LLM}, ...), or null when unknown or not curated
 */
public record Provenance(
    String sourceFile, String author, Instant createdAt, Map<String, String> inputHashes, String curator) {

  /** A provenance without a curator (the form before failure signatures). */
  public Provenance(String sourceFile, String author, Instant createdAt, Map<String, String> inputHashes) {
    this(sourceFile, author, createdAt, inputHashes, null);
  }

  /** Copies {@code inputHashes} so the record stays immutable. */
  public Provenance {
    Objects.requireNonNull(createdAt, "createdAt");
    inputHashes = inputHashes == null ? Map.of() : Map.copyOf(inputHashes);
  }

  /** A provenance without input hashes. */
  public static Provenance of(String sourceFile, String author, Instant createdAt) {
    return new Provenance(sourceFile, author, createdAt, Map.of());
  }
}
