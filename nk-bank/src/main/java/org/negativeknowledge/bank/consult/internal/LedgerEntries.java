package org.negativeknowledge.bank.consult.internal;

import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.Candidate;
import org.negativeknowledge.bank.search.CandidateQuery;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;

/** What the ledger reads of the bank's entries: searches, consultation candidates and single entries. */
public interface LedgerEntries {
  /** Searches the bank's entries. */
  SearchResults search(SearchQuery query);

  /** The candidates of a consultation's memory block (see {@code Bank.candidates}). */
  List<Candidate> candidates(CandidateQuery query);

  /** The current revision of an entry, if the bank has it. */
  Optional<BankEntry> get(String id);
}
