package org.negativeknowledge.bank.search;

import java.util.Objects;

/**
 * What a consultation asks the index for: the candidates for a memory block.
 *
 * @param text the consultation's free text (context and task); numbers and setting values are
 *     taken out before it is looked up, and at most {@code QueryTerms.MAX_TERMS} of its rarest
 *     terms are kept
 * @param filters exact-match restrictions (the domain among them when the caller asks for a filter)
 * @param preferredDomain entries of this domain rank higher (compared case-insensitively); null for none
 * @param vector the text's embedding vector for the dense ranking, or null for BM25 alone
 * @param pool how many candidates each ranking contributes, at least 1
 */
public record CandidateQuery(String text, SearchFilters filters, String preferredDomain, float[] vector, int pool) {

  /** The default number of candidates per ranking. */
  public static final int DEFAULT_POOL = 100;

  public CandidateQuery {
    text = text == null ? "" : text;
    Objects.requireNonNull(filters, "filters");
    preferredDomain = preferredDomain == null || preferredDomain.isBlank() ? null : preferredDomain.strip();
    if (pool < 1) {
      throw new IllegalArgumentException("candidate pool must be at least 1, got " + pool);
    }
  }

  /** Active entries for {@code text}, no domain preference, no vector, the default pool. */
  public static CandidateQuery of(String text) {
    return new CandidateQuery(text, SearchFilters.activeOnly(), null, null, DEFAULT_POOL);
  }

  /** This query with a dense vector. */
  public CandidateQuery withVector(float[] value) {
    return new CandidateQuery(text, filters, preferredDomain, value, pool);
  }

  /** This query preferring {@code domain}. */
  public CandidateQuery withPreferredDomain(String domain) {
    return new CandidateQuery(text, filters, domain, vector, pool);
  }

  /** This query with other filters. */
  public CandidateQuery withFilters(SearchFilters value) {
    return new CandidateQuery(text, value, preferredDomain, vector, pool);
  }
}
