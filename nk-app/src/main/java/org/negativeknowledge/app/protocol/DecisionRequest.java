package org.negativeknowledge.app.protocol;

import java.util.Objects;
import org.negativeknowledge.bank.consult.Decision;

/**
 * One decision to record on a surfaced entry.
 *
 * @param entryId the entry
 * @param decision adopt or reject
 * @param reason one line: why
 */
public record DecisionRequest(String entryId, Decision decision, String reason) {
  public DecisionRequest {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
  }
}
