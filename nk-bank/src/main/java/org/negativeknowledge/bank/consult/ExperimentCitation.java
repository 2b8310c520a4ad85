package org.negativeknowledge.bank.consult;

import java.time.Instant;
import java.util.Objects;

/**
 * One experiment of the ledger that took a decision on an entry: it cited the entry (adopted) or
 * listed it as rejected, with the agent's reason.
 *
 * @param experimentId the experiment ({@code e-...})
 * @param consultationId the consultation it was proposed from
 * @param task the task it belongs to
 * @param decision {@link Decision#ADOPT} (cited) or {@link Decision#REJECT}
 * @param reason the agent's one-line reason
 * @param seenRevision the revision of the entry the agent saw
 * @param proposedAt when the experiment was proposed
 * @param outcome its finding, or null while it has none
 */
public record ExperimentCitation(
    String experimentId,
    String consultationId,
    String task,
    Decision decision,
    String reason,
    int seenRevision,
    Instant proposedAt,
    Outcome outcome) {
  public ExperimentCitation {
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(proposedAt, "proposedAt");
  }

  /** Whether the experiment cited (adopted) the entry. */
  public boolean cited() {
    return decision == Decision.ADOPT;
  }
}
