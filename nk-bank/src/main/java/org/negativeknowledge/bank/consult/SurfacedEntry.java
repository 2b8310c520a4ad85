package org.negativeknowledge.bank.consult;

import java.util.List;
import java.util.Objects;

/**
 * One entry a consultation showed the agent.
 *
 * @param entryId the entry's id
 * @param seenRevision the revision the agent saw; a later decision refers to this revision
 * @param rank its place among the search hits, 1 for the most relevant (a hit the memory block
 *     skipped to stay within the budget leaves a gap)
 * @param score the search relevance score (BM25; higher is better)
 * @param flags warnings shown with the entry, e.g. {@value ConsultationLedger#MISLEADING}
 */
public record SurfacedEntry(String entryId, int seenRevision, int rank, double score, List<String> flags) {
  public SurfacedEntry {
    Objects.requireNonNull(entryId, "entryId");
    flags = flags == null ? List.of() : List.copyOf(flags);
  }
}
