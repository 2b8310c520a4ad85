package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.ChangeMark;

/**
 * Applies a change feed to an index writer and commits the new {@link IndexState}: a handful of
 * changes on the calling thread, a bulk catch-up on worker threads ({@link ConcurrentIndexer}).
 */
public final class FeedApplier {

  /** Fewer changes than this are applied on the calling thread (starting workers costs more). */
  private static final long PARALLEL_MIN_CHANGES = 5_000;

  private static final int MAX_INDEXING_THREADS = 4;

  private static final double MAX_BULK_BUFFER_MB = 256;

  private final ChangeFeed feed;
  private final Analyzer analyzer;
  private final String threadsProperty;

  /**
   * @param threadsProperty the system property that sets the worker threads of a bulk catch-up
   */
  public FeedApplier(ChangeFeed feed, Analyzer analyzer, String threadsProperty) {
    this.feed = feed;
    this.analyzer = analyzer;
    this.threadsProperty = threadsProperty;
  }

  /**
   * Applies the feed after {@code from.appliedSequence()} (everything when {@code w} was opened
   * with {@link OpenMode#CREATE}) up to at least {@code target}, commits the state reached and
   * closes {@code w}; rolls it back on any failure, leaving the index at its last commit.
   *
   * @return the committed state (or {@code from} when nothing was new)
   * @throws IOException when Lucene fails
   */
  public IndexState apply(IndexWriter w, IndexState from, long target) throws IOException {
    try {
      long base = from.appliedSequence();
      long[] max = {Math.max(base, target)};
      ChangeMark[] last = {null};
      boolean[] changed = {w.getConfig().getOpenMode() == OpenMode.CREATE};
      // Nothing applied yet: every revision is new, so adding skips the delete-by-key lookups.
      boolean fresh = changed[0] || base == 0;
      ConcurrentIndexer.Sink sink =
          (e, originalJson) -> {
            Document d = IndexSchema.toDocument(e, originalJson, analyzer);
            try {
              if (fresh) {
                w.addDocument(d);
              } else {
                w.updateDocument(IndexSchema.keyTerm(e), d);
              }
            } catch (IllegalArgumentException refused) {
              throw new SearchIndexException(
                  "the search index cannot take revision " + e.revision() + " of entry '" + abbreviate(e.id())
                      + "': " + refused.getMessage(), refused);
            }
          };
      BiConsumer<BankEntry, String> seen =
          (e, originalJson) -> {
            if (last[0] == null || e.sequence() >= last[0].sequence()) {
              last[0] = ChangeMark.of(e);
            }
            max[0] = Math.max(max[0], e.sequence());
            changed[0] = true;
          };
      int threads = indexingThreads(target - base);
      if (threads > 1) {
        // Bulk: skip packing each flushed segment into a compound file (a full extra copy);
        // merges still pack small segments, and later small catch-ups use compound files again.
        // A larger buffer (within the heap) flushes fewer, larger segments: less merging.
        w.getConfig().setUseCompoundFile(false);
        w.getConfig().setRAMBufferSizeMB(bulkBufferMb());
        try (ConcurrentIndexer workers = ConcurrentIndexer.start(threads, sink)) {
          forEachChange(base, (e, originalJson) -> {
            workers.accept(e, originalJson);
            seen.accept(e, originalJson);
          });
          workers.finish();
        }
      } else {
        forEachChange(base, (e, originalJson) -> {
          try {
            sink.index(e, originalJson);
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
          seen.accept(e, originalJson);
        });
      }
      IndexState reached = from;
      if (changed[0] || max[0] != base) {
        reached = from.after(max[0], last[0]);
        w.setLiveCommitData(reached.userData().entrySet());
        w.commit();
      }
      w.close();
      return reached;
    } catch (IOException | RuntimeException e) {
      try {
        w.rollback();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  private static String abbreviate(String id) {
    return id.length() <= 80 ? id : id.substring(0, 80) + "... (" + id.length() + " characters)";
  }

  /** An eighth of the heap, between the normal buffer and {@value #MAX_BULK_BUFFER_MB} MB. */
  private static double bulkBufferMb() {
    double eighth = Runtime.getRuntime().maxMemory() / 8.0 / (1024 * 1024);
    return Math.max(IndexWriters.RAM_BUFFER_MB, Math.min(MAX_BULK_BUFFER_MB, eighth));
  }

  /** Every change after {@code base}, with the original's JSON text when the feed offers it. */
  private void forEachChange(long base, BiConsumer<BankEntry, String> sink) {
    if (feed instanceof OriginalTextFeed texts) {
      texts.forEachChangeWithOriginalText(base, sink);
    } else {
      feed.forEachChangeSince(base, e -> sink.accept(e, null));
    }
  }

  /**
   * Worker threads for applying about {@code changes} changes: a bulk catch-up uses every core
   * (analysis dominates and parallelises), a handful of changes stays on the calling thread. The
   * system property sets the number for bulk catch-ups (1: none), e.g. to leave cores to other
   * work or to measure.
   */
  private int indexingThreads(long changes) {
    if (changes < PARALLEL_MIN_CHANGES) {
      return 1;
    }
    int cores = Math.min(MAX_INDEXING_THREADS, Runtime.getRuntime().availableProcessors());
    return Math.max(1, Integer.getInteger(threadsProperty, cores));
  }
}
