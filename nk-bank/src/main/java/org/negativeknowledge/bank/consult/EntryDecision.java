package org.negativeknowledge.bank.consult;

import java.util.Objects;

/**
 * The decision in force for one surfaced entry.
 *
 * @param entryId the entry
 * @param seenRevision the revision the agent saw when it decided
 * @param decision adopt or reject
 * @param reason the one-line reason
 */
public record EntryDecision(String entryId, int seenRevision, Decision decision, String reason) {
  public EntryDecision {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
  }
}
