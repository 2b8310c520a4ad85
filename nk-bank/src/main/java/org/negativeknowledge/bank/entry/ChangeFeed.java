package org.negativeknowledge.bank.entry;

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

  /**
   * The id of the bank whose store this is: created with the store and never changed, kept by a
   * copy of the store, different for every other bank (including one recreated at the same place).
   */
  String bankId();

  /**
   * Whether the store's history still holds {@code mark}: the revision it names is stored, written
   * at the same moment, at the mark's sequence or a later one, and no other revision has the mark's
   * sequence. False when the store was replaced by another history (a restored backup that went
   * on differently) even if it kept the bank id.
   */
  boolean holds(ChangeMark mark);
}
