package org.negativeknowledge.bank.search;

import java.util.function.BiConsumer;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;

/**
 * A {@link ChangeFeed} that can also hand over each entry's original object as the JSON text the
 * store holds. The index keeps that text in its stored entry JSON as is, instead of writing the
 * parsed object out again (re-serialising was about a fifth of the cost of a bulk catch-up).
 */
public interface OriginalTextFeed {

  /**
   * Like {@link ChangeFeed#forEachChangeSince}, with each entry's original object as JSON text
   * that parses to {@link BankEntry#original()}.
   */
  void forEachChangeWithOriginalText(long afterSequence, BiConsumer<BankEntry, String> sink);
}
