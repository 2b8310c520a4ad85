package org.negativeknowledge.bank.search;

import java.util.List;

/**
 * The hits of one search, best first.
 *
 * @param hits at most the query's limit of hits, best first
 * @param totalMatches how many entries matched; exact up to 1,000, a lower bound beyond
 */
public record SearchResults(List<SearchHit> hits, long totalMatches) {
  /** Freezes the hit list. */
  public SearchResults {
    hits = List.copyOf(hits);
  }

  /** No hits. */
  public static SearchResults empty() {
    return new SearchResults(List.of(), 0);
  }
}
