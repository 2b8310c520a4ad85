package org.negativeknowledge.app.entries;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchResults;

/**
 * One page of search hits with the flags of each hit's entry.
 *
 * @param results the hits, best first, and how many entries matched
 * @param flags the flags of the hits' entries (only entries with flags are keys)
 */
public record SearchPage(SearchResults results, Map<String, List<String>> flags) {
  public SearchPage {
    Objects.requireNonNull(results, "results");
    flags = Map.copyOf(flags);
  }

  /** The hits, best first. */
  public List<SearchHit> hits() {
    return results.hits();
  }

  /** The flags of entry {@code id}, empty when it has none. */
  public List<String> flagsOf(String id) {
    return flags.getOrDefault(id, List.of());
  }
}
