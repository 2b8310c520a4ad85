package org.negativeknowledge.bank;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.embed.TextEmbedder;
import org.negativeknowledge.bank.search.Candidate;
import org.negativeknowledge.bank.search.CandidateQuery;
import org.negativeknowledge.bank.search.SearchIndex;
import org.negativeknowledge.bank.search.QueryCleaner;

/**
 * The bank's side of hybrid retrieval: embeds the consultation text and hands the vector to the
 * index; before that, gives entries indexed since the last pass their vectors for at most {@link
 * #LAZY_EMBEDDING} when more than {@link #LAZY_AT_LEAST} wait (a consultation right after a large import ranks the rest by BM25 alone until
 * {@code nk bank reindex} or later consultations have embedded them).
 */
final class HybridCandidates {

  /** How long one consultation spends embedding entries that have no vector yet, when there are more than {@link #LAZY_AT_LEAST}. */
  static final Duration LAZY_EMBEDDING = Duration.ofMillis(300);

  /** Up to this many entries without a vector, a consultation embeds them all whatever the time (a small bank's all). */
  static final int LAZY_AT_LEAST = 256;

  /** The most characters of the consultation text the model reads (it reads 256 word pieces). */
  static final int QUERY_CHARS = 1200;

  private final Optional<TextEmbedder> embedder;

  HybridCandidates(Optional<TextEmbedder> embedder) {
    this.embedder = embedder;
  }

  /**
   * Starts loading the model on a background thread (when it is on), for a consultation that will
   * need it once its index is open and caught up: the two then overlap.
   */
  void prepare() {
    embedder.ifPresent(TextEmbedder::prepare);
  }

  /** Waits until a load {@link #prepare()} started has ended (before failing: see {@link TextEmbedder#awaitPrepared()}). */
  void awaitPrepared() {
    embedder.ifPresent(TextEmbedder::awaitPrepared);
  }

  List<Candidate> candidates(SearchIndex index, CandidateQuery query) {
    CandidateQuery q = query;
    if (q.vector() == null && embedder.isPresent()) {
      TextEmbedder m = embedder.get();
      index.embedPending(m, LAZY_AT_LEAST, LAZY_EMBEDDING);
      String text = QueryCleaner.clean(q.text()).replaceAll("\\s+", " ").strip();
      q = q.withVector(m.embed(text.length() > QUERY_CHARS ? text.substring(0, QUERY_CHARS) : text));
    }
    return index.candidates(q);
  }

  /** Gives every entry without a vector its vector (after a rebuild). */
  void embedAll(SearchIndex index) {
    embedder.ifPresent(m -> index.embedPending(m, Integer.MAX_VALUE, Duration.ZERO));
  }
}
