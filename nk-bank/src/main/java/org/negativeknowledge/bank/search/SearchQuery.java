package org.negativeknowledge.bank.search;

import java.util.Objects;

/**
 * A search: free text ranked by BM25 over every text field of an entry, the filters that must
 * hold, and how many hits to return.
 *
 * <p>The text is never parsed as query syntax: {@code foo(} or {@code a:b} are just words. A
 * blank text matches every entry that passes the filters, newest first.
 *
 * @param text free text; never null (blank means "everything that passes the filters")
 * @param filters exact-match restrictions; never null
 * @param limit the maximum number of hits, at least 1
 */
public record SearchQuery(String text, SearchFilters filters, int limit) {

  /** The number of hits returned when no limit is given. */
  public static final int DEFAULT_LIMIT = 10;

  /** Normalises a null text to blank and checks the limit. */
  public SearchQuery {
    text = text == null ? "" : text;
    Objects.requireNonNull(filters, "filters");
    if (limit < 1) {
      throw new IllegalArgumentException("search limit must be at least 1, got " + limit);
    }
  }

  /** A search for {@code text} over active entries, returning at most {@value #DEFAULT_LIMIT} hits. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, SearchFilters.activeOnly(), DEFAULT_LIMIT);
  }

  /** Every active entry, newest first (useful with filters, e.g. for rendering). */
  public static SearchQuery all() {
    return of("");
  }

  /** This query with other filters. */
  public SearchQuery withFilters(SearchFilters value) {
    return new SearchQuery(text, value, limit);
  }

  /** This query with another hit limit. */
  public SearchQuery withLimit(int value) {
    return new SearchQuery(text, filters, value);
  }

  /** Whether the text has no words, so that only the filters select entries. */
  public boolean matchesAll() {
    return text.isBlank();
  }
}
