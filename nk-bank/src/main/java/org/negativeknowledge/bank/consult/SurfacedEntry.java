package org.negativeknowledge.bank.consult;

import java.util.List;
import java.util.Objects;

/**
 * One entry a consultation showed the agent.
 *
 * @param entryId the entry's id
 * @param seenRevision the revision the agent saw; a later decision refers to this revision
 * @param rank its place among the candidates the block was made from, 1 for the most relevant (a
 *     candidate the memory block skipped to stay within the budget leaves a gap)
 * @param score the retrieval score (reciprocal-rank fusion of BM25 and embedding similarity;
 *     higher is better)
 * @param flags warnings shown with the entry, e.g. {@value ConsultationLedger#MISLEADING}
 * @param form how the block showed it; null when not known (a consultation read back from the ledger)
 */
public record SurfacedEntry(String entryId, int seenRevision, int rank, double score, List<String> flags, Form form) {

  /** How a memory block shows an entry. */
  public enum Form {
    /** Every field, as {@code nk bank get} would summarise it. */
    FULL,
    /** One line: id, polarity, facets, route and lesson in a few words. */
    HEADLINE,
    /** Only its id, under another entry of the same program. */
    LISTED;

    /** The lower-case name used in JSON. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SurfacedEntry {
    Objects.requireNonNull(entryId, "entryId");
    flags = flags == null ? List.of() : List.copyOf(flags);
  }

  /** An entry shown in an unknown form. */
  public SurfacedEntry(String entryId, int seenRevision, int rank, double score, List<String> flags) {
    this(entryId, seenRevision, rank, score, flags, null);
  }
}
