package org.negativeknowledge.bank.entry;

import java.time.Instant;
import java.util.Objects;

/**
 * A point in a store's history as a follower of its {@link ChangeFeed} saw it: the revision the
 * feed delivered at {@code sequence}, named by id and revision and fingerprinted by the moment it
 * was written. A follower (the search index) keeps the mark of the last change it applied and asks
 * {@link ChangeFeed#holds(ChangeMark)} whether the store still tells the same story.
 *
 * @param sequence the revision's sequence when it was delivered
 * @param entryId the entry's id
 * @param revision the revision number
 * @param createdAt when the revision was written (its fingerprint: another history has another)
 */
public record ChangeMark(long sequence, String entryId, int revision, Instant createdAt) {
  public ChangeMark {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** The mark of {@code entry} as the feed delivered it. */
  public static ChangeMark of(BankEntry entry) {
    return new ChangeMark(entry.sequence(), entry.id(), entry.revision(), entry.provenance().createdAt());
  }

  /**
   * Whether a revision the store holds now ({@code id}, {@code revision}, written at {@code
   * writtenAt}, now at {@code currentSequence}) is the one this mark names: same id, revision and
   * write time, at this mark's sequence or a later one (a status or count change moves a revision
   * to a new sequence, never an earlier one).
   */
  public boolean matches(String id, int rev, Instant writtenAt, long currentSequence) {
    return entryId.equals(id) && revision == rev && createdAt.equals(writtenAt) && currentSequence >= sequence;
  }
}
