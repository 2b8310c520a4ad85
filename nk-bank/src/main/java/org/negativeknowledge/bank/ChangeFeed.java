package org.negativeknowledge.bank;

import java.util.function.Consumer;

/**
 * The store's change feed that the search index follows. Every write (insert, revise, retract)
 * advances a global sequence.
 *
 * <p>Implementations are safe to call from several threads; each call reads a consistent
 * snapshot of the store.
 */
public interface ChangeFeed {

  /** The highest sequence any write has reached so far; 0 for an empty store. */
  long lastSequence();

  /**
   * Every entry revision whose sequence is &gt; afterSequence, in ascending sequence order, in its
   * CURRENT state (status may have changed since).
   */
  void forEachChangeSince(long afterSequence, Consumer<BankEntry> sink);
}
