package org.negativeknowledge.bank.consult;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One stored consultation as a browser or a reviewer sees it: what was asked, how many entries
 * were shown, the decisions taken on them, and the experiment (and its outcome) it led to.
 *
 * @param id the consultation id ({@code c-...})
 * @param task the task the agent worked on
 * @param domain the agent's domain, or null
 * @param context what the agent was about to try
 * @param openedAt when the consultation was opened
 * @param surfacedCount how many entries the memory block showed
 * @param decisions the decisions in force, in rank order of the surfaced entries (undecided
 *     entries are absent)
 * @param experimentId the experiment proposed from it, or null while none is
 * @param outcome the experiment's finding, or null while it has none
 */
public record ConsultationSummary(
    String id,
    String task,
    String domain,
    String context,
    Instant openedAt,
    int surfacedCount,
    List<EntryDecision> decisions,
    String experimentId,
    Outcome outcome) {
  public ConsultationSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(openedAt, "openedAt");
    decisions = List.copyOf(decisions);
  }

  /** Whether an experiment was proposed (decisions are final then). */
  public boolean proposed() {
    return experimentId != null;
  }

  /** How many surfaced entries still lack a decision. */
  public int undecidedCount() {
    return surfacedCount - decisions.size();
  }
}
