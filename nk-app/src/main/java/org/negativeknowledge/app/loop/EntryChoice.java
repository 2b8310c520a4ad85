package org.negativeknowledge.app.loop;

import java.util.Objects;
import org.negativeknowledge.bank.consult.Decision;

/**
 * A solver's decision on one shown bank entry.
 *
 * @param entryId the entry
 * @param decision adopt (it shapes the attempt) or reject (it does not apply)
 * @param reason one line saying why
 */
public record EntryChoice(String entryId, Decision decision, String reason) {
  public EntryChoice {
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
  }
}
