package org.negativeknowledge.bank.entry;

/**
 * A correction based on a revision that is no longer the current one: someone revised (or
 * retracted) the entry since the corrector read it. Nothing was written; the corrector reads the
 * current revision, merges, and revises again based on it.
 */
public final class RevisionConflictException extends EntryStateException {
  private static final long serialVersionUID = 1L;
  private final String entryId;
  private final int expectedRevision;
  private final int actualRevision;

  public RevisionConflictException(String entryId, int expectedRevision, int actualRevision) {
    super(
        "entry '" + entryId + "' is at revision " + actualRevision + ", but the correction was based on revision "
            + expectedRevision + " (it was changed since); nothing was written");
    this.entryId = entryId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }

  /** The entry's id. */
  public String entryId() {
    return entryId;
  }

  /** The revision the correction was based on. */
  public int expectedRevision() {
    return expectedRevision;
  }

  /** The entry's current revision. */
  public int actualRevision() {
    return actualRevision;
  }
}
