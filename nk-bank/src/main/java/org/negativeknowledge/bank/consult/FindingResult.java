package org.negativeknowledge.bank.consult;

import java.util.List;
import java.util.Objects;

/**
 * A recorded finding.
 *
 * @param findingId the finding's id ({@code f-...})
 * @param experimentId the experiment it closed
 * @param outcome success, partial or failure
 * @param usefulness the updated counters of every entry the experiment adopted
 * @param newlyMisleading entries this finding made cross the "possibly misleading" threshold
 */
public record FindingResult(
    String findingId, String experimentId, Outcome outcome, List<EntryUsefulness> usefulness, List<String> newlyMisleading) {
  public FindingResult {
    Objects.requireNonNull(findingId, "findingId");
    Objects.requireNonNull(experimentId, "experimentId");
    Objects.requireNonNull(outcome, "outcome");
    usefulness = List.copyOf(usefulness);
    newlyMisleading = List.copyOf(newlyMisleading);
  }
}
