package org.negativeknowledge.bank.consult.internal;

import java.util.Optional;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;

/** What the ledger reads of the bank's entries: searches and single entries. */
public interface LedgerEntries {
  /** Searches the bank's entries. */
  SearchResults search(SearchQuery query);

  /** The current revision of an entry, if the bank has it. */
  Optional<BankEntry> get(String id);
}
