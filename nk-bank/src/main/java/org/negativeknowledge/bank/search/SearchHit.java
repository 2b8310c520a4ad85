package org.negativeknowledge.bank.search;

import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One search result.
 *
 * @param entry the entry revision, in its state when the index last applied it
 * @param score the BM25 relevance score (higher is better; 0 for a blank query)
 * @param snippet a short excerpt of the best-matching text field with the matched words marked
 *     as {@code **word**}; for a blank query the start of the entry's main text
 */
public record SearchHit(BankEntry entry, float score, String snippet) {
  /** Checks that the entry is present and normalises a null snippet to blank. */
  public SearchHit {
    Objects.requireNonNull(entry, "entry");
    snippet = snippet == null ? "" : snippet;
  }
}
