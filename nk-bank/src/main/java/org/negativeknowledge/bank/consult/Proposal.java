package org.negativeknowledge.bank.consult;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * An accepted proposal.
 *
 * @param experimentId the id the finding will refer to ({@code e-...})
 * @param experiment the stored experiment: the agent's fields plus {@code cites_bank}, {@code
 *     rejects_bank}, {@code decisions} (with seen and current revisions) and any dead-end warnings;
 *     treat as read-only
 * @param deadEndWarnings ruled-out routes the proposal matches that the agent did not reject
 * @param revisedSinceSeen entries that got a new revision between the consultation and the
 *     proposal (their decision still refers to the revision the agent saw)
 */
public record Proposal(
    String experimentId, ObjectNode experiment, List<RouteMatch> deadEndWarnings, List<String> revisedSinceSeen) {
  public Proposal {
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(experiment, "experiment");
    deadEndWarnings = List.copyOf(deadEndWarnings);
    revisedSinceSeen = List.copyOf(revisedSinceSeen);
  }
}
