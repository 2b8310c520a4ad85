package org.negativeknowledge.bank.search;

import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * One candidate for a memory block, ranked by reciprocal-rank fusion of BM25 and the dense
 * (embedding) ranking.
 *
 * @param entry the entry revision
 * @param headline its one-line headline, as stored in the index
 * @param score the fused score (higher is better)
 * @param bm25Rank its place in the BM25 ranking from 1, or 0 when BM25 did not find it
 * @param denseRank its place in the dense ranking from 1, or 0 when the dense ranking did not find it
 */
public record Candidate(BankEntry entry, String headline, double score, int bm25Rank, int denseRank) {
  public Candidate {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(headline, "headline");
  }
}
