package org.negativeknowledge.bank.consult.internal;

/** One row of {@code consultation_entries}; decision and reason are null while undecided. */
record SurfacedRow(String entryId, int ordinal, int seenRevision, double score, String decision, String reason, String decidedAt) {
  boolean decided() {
    return decision != null;
  }
}
