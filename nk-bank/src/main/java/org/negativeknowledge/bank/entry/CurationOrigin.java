package org.negativeknowledge.bank.entry;

import java.util.Objects;

/**
 * What a curated record was made from, as far as the bank needs it for deduplication: the
 * normalised key of the failure it describes (a curator's failure signature key, e.g. {@code
 * KeyError: 'price_usd'}) and which kind of curator wrote it.
 *
 * <p>The bank does not compute keys (it knows nothing of curators); callers pass the key of {@code
 * org.negativeknowledge.curator.signature.FailureSignature#signatureKey()}. When a record with the
 * same key and the same {@code task_id} as an active entry arrives, the bank counts another
 * occurrence of that entry instead of storing a near copy; an {@link #LLM} record arriving for an
 * {@link #OFFLINE} entry supersedes it as a new revision instead.
 *
 * @param signatureKey the failure signature key; never blank
 * @param curator {@link #OFFLINE}, {@link #LLM} or another curator name; never blank
 */
public record CurationOrigin(String signatureKey, String curator) {

  /** Curator name of the deterministic offline curator. */
  public static final String OFFLINE = "offline";

  /** Curator name of a model-written curation. */
  public static final String LLM = "llm";

  /** The reason stored on the revision an LLM curation makes of an offline entry. */
  public static final String SUPERSEDE_REASON = "LLM curation supersedes offline curation";

  /** Checks that both parts are present and strips them. */
  public CurationOrigin {
    Objects.requireNonNull(signatureKey, "signatureKey");
    Objects.requireNonNull(curator, "curator");
    if (signatureKey.isBlank()) {
      throw new IllegalArgumentException("a curation origin needs a non-blank signature key");
    }
    if (curator.isBlank()) {
      throw new IllegalArgumentException("a curation origin needs a curator name (offline or llm)");
    }
    signatureKey = signatureKey.strip();
    curator = curator.strip();
  }

  /** A record written by the offline curator for the failure {@code signatureKey}. */
  public static CurationOrigin offline(String signatureKey) {
    return new CurationOrigin(signatureKey, OFFLINE);
  }

  /** A record written by a model for the failure {@code signatureKey}. */
  public static CurationOrigin llm(String signatureKey) {
    return new CurationOrigin(signatureKey, LLM);
  }

  /** Whether the offline curator wrote it. */
  public boolean isOffline() {
    return OFFLINE.equals(curator);
  }

  /** Whether a model wrote it. */
  public boolean isLlm() {
    return LLM.equals(curator);
  }
}
