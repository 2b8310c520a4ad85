package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.negativeknowledge.bank.BankEntry;
import org.negativeknowledge.bank.ChangeFeed;
import org.negativeknowledge.bank.search.internal.ConcurrentIndexer;
import org.negativeknowledge.bank.search.internal.EntryCodec;
import org.negativeknowledge.bank.search.internal.IdentifierSplittingAnalyzer;
import org.negativeknowledge.bank.search.internal.IndexSchema;
import org.negativeknowledge.bank.search.internal.OriginalTextFeed;
import org.negativeknowledge.bank.search.internal.QueryBuilder;
import org.negativeknowledge.bank.search.internal.QueryTerms;
import org.negativeknowledge.bank.search.internal.SnippetMaker;

/**
 * The Lucene full-text index of a bank, derived from the store and following its {@link
 * ChangeFeed}. The store is the truth: the index remembers, in its commit data, the last change
 * sequence it applied, catches up when opened and before every search, and can be rebuilt from
 * the store at any time. A crash between a store commit and the index commit therefore leaves the
 * index behind, never wrong.
 *
 * <p>Several processes may share one index folder. Writers (catch-up, rebuild) take Lucene's
 * write lock, retrying with exponential backoff up to a bounded wait (like SQLite's busy timeout)
 * and then fail with {@link IndexBusyException}. Searches never wait for the lock: when another
 * process is already catching up, a search answers from the last committed state.
 *
 * <p>Thread-safe. Close it to release the folder.
 */
public final class SearchIndex implements AutoCloseable {

  /** How long a writer waits for the write lock by default. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(30);

  private static final long FIRST_BACKOFF_MS = 5;
  private static final long MAX_BACKOFF_MS = 250;

  /** Fewer changes than this are applied on the calling thread (starting workers costs more). */
  private static final long PARALLEL_MIN_CHANGES = 5_000;

  private static final int MAX_INDEXING_THREADS = 4;

  private static final double RAM_BUFFER_MB = 64;
  private static final double MAX_BULK_BUFFER_MB = 256;

  /** System property: worker threads for a bulk catch-up (default: the cores, at most 4). */
  public static final String THREADS_PROPERTY = "nk.index.threads";

  private final Path path;
  private final Directory directory;
  private final ChangeFeed feed;
  private final Duration lockWait;
  private final Analyzer indexAnalyzer = IdentifierSplittingAnalyzer.forIndexing();
  private final Analyzer queryAnalyzer = IdentifierSplittingAnalyzer.forQueries();
  private final SnippetMaker snippets = new SnippetMaker(queryAnalyzer);

  // Guarded by this.
  private DirectoryReader reader;
  private long applied;
  private String version;
  private boolean closed;

  private SearchIndex(Path path, Directory directory, ChangeFeed feed, Duration lockWait) {
    this.path = path;
    this.directory = directory;
    this.feed = feed;
    this.lockWait = lockWait;
  }

  /**
   * Opens (creating if needed) the index in {@code directory} and catches it up with the feed,
   * waiting at most {@link #DEFAULT_LOCK_WAIT} for the write lock.
   *
   * @throws IndexBusyException when another writer holds the lock for longer than the wait
   * @throws SearchIndexException when the folder cannot be created or read
   */
  public static SearchIndex open(Path directory, ChangeFeed feed) {
    return open(directory, feed, DEFAULT_LOCK_WAIT);
  }

  /**
   * Opens (creating if needed) the index in {@code directory} and catches it up with the feed.
   * An index written by another layout version, or one that is ahead of the feed (the bank was
   * replaced), is rebuilt.
   *
   * @param lockWait how long writers wait for the write lock before failing
   */
  public static SearchIndex open(Path directory, ChangeFeed feed, Duration lockWait) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(lockWait, "lockWait");
    Directory dir;
    try {
      Files.createDirectories(directory);
      dir = FSDirectory.open(directory);
    } catch (IOException e) {
      throw new SearchIndexException(
          "cannot open the search index folder " + directory + ": " + e.getMessage()
              + " (check that it is writable, or remove it: it is rebuilt from the bank)", e);
    }
    SearchIndex index = new SearchIndex(directory, dir, feed, lockWait);
    try {
      index.initialise();
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return index;
  }

  private synchronized void initialise() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        IndexWriter w = openWriter(OpenMode.CREATE_OR_APPEND, true);
        try {
          if (!DirectoryReader.indexExists(directory)) {
            w.setLiveCommitData(userData(0).entrySet());
            w.commit();
          }
        } finally {
          w.close();
        }
      }
      refreshReader();
    } catch (IOException e) {
      throw io("open", e);
    }
    if (!IndexSchema.VERSION.equals(version) || applied > feed.lastSequence()) {
      rebuild();
    } else {
      catchUp();
    }
  }

  /** The last change sequence applied, as recorded in the latest index commit. */
  public synchronized long appliedSequence() {
    ensureOpen();
    try {
      refreshReader();
    } catch (IOException e) {
      throw io("read", e);
    }
    return applied;
  }

  /**
   * Applies every change the feed has after {@link #appliedSequence()} and commits with the new
   * sequence. Cheap when nothing is new. Waits for the write lock up to the configured wait.
   *
   * @throws IndexBusyException when the lock stays taken for longer than the wait
   */
  public void catchUp() {
    catchUp(true);
  }

  /**
   * Wipes the index and applies every change from the start of the feed, e.g. after the analysis
   * changed or the folder was damaged. Waits for the write lock like {@link #catchUp()}.
   */
  public synchronized void rebuild() {
    ensureOpen();
    IndexWriter w = openWriter(OpenMode.CREATE, true);
    apply(w, 0, feed.lastSequence());
    try {
      refreshReader();
    } catch (IOException e) {
      throw io("read", e);
    }
  }

  /**
   * Searches the index after catching up with the feed (without waiting when another process is
   * already catching up). Blank text lists every entry passing the filters, newest first; text
   * made only of stop words matches nothing.
   */
  public SearchResults search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    catchUp(false);
    Set<String> terms = QueryTerms.of(queryAnalyzer, query.text());
    if (terms.isEmpty() && !query.matchesAll()) {
      return SearchResults.empty();
    }
    Query q = QueryBuilder.build(terms, query.filters());
    DirectoryReader r = acquireReader();
    try {
      IndexSearcher searcher = new IndexSearcher(r);
      TopDocs top =
          terms.isEmpty()
              ? searcher.search(
                  q, query.limit(), new Sort(new SortField(IndexSchema.SEQUENCE, SortField.Type.LONG, true)))
              : searcher.search(q, query.limit());
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc sd : top.scoreDocs) {
        Document d = stored.document(sd.doc, Set.of(IndexSchema.ENTRY_JSON));
        BankEntry entry = EntryCodec.decode(d.get(IndexSchema.ENTRY_JSON));
        float score = Float.isNaN(sd.score) ? 0f : sd.score;
        hits.add(new SearchHit(entry, score, snippets.snippet(entry, terms)));
      }
      return new SearchResults(hits, top.totalHits.value);
    } catch (IOException e) {
      throw io("search", e);
    } finally {
      release(r);
    }
  }

  /** The folder the index lives in. */
  public Path directory() {
    return path;
  }

  /** Releases the folder. Searches in progress on other threads finish first. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (reader != null) {
        reader.decRef();
        reader = null;
      }
      directory.close();
    } catch (IOException e) {
      throw io("close", e);
    } finally {
      indexAnalyzer.close();
      queryAnalyzer.close();
    }
  }

  private synchronized void catchUp(boolean waitForLock) {
    ensureOpen();
    long target = feed.lastSequence();
    if (target <= applied) {
      return;
    }
    try {
      refreshReader(); // another process may have caught up already
    } catch (IOException e) {
      throw io("read", e);
    }
    if (target <= applied) {
      return;
    }
    IndexWriter w = openWriter(OpenMode.APPEND, waitForLock);
    if (w == null) {
      return; // someone else is writing; answer from the committed state
    }
    long base = 0;
    for (Map.Entry<String, String> e : w.getLiveCommitData()) {
      if (IndexSchema.SEQUENCE_KEY.equals(e.getKey())) {
        base = Long.parseLong(e.getValue());
      }
    }
    apply(w, base, target);
    try {
      refreshReader();
    } catch (IOException e) {
      throw io("read", e);
    }
  }

  /** Applies the feed after {@code base} with {@code w}, commits and closes it (rolls back on error). */
  private void apply(IndexWriter w, long base, long target) {
    try {
      long[] max = {Math.max(base, target)};
      boolean[] changed = {w.getConfig().getOpenMode() == OpenMode.CREATE};
      // Nothing applied yet: every revision is new, so adding skips the delete-by-key lookups.
      boolean fresh = changed[0] || base == 0;
      ConcurrentIndexer.Sink sink =
          (e, originalJson) -> {
            Document d = IndexSchema.toDocument(e, originalJson, indexAnalyzer);
            if (fresh) {
              w.addDocument(d);
            } else {
              w.updateDocument(IndexSchema.keyTerm(e), d);
            }
          };
      int threads = indexingThreads(target - base);
      if (threads > 1) {
        // Bulk: skip packing each flushed segment into a compound file (a full extra copy);
        // merges still pack small segments, and later small catch-ups use compound files again.
        // A larger buffer (within the heap) flushes fewer, larger segments: less merging.
        w.getConfig().setUseCompoundFile(false);
        w.getConfig().setRAMBufferSizeMB(bulkBufferMb());
        try (ConcurrentIndexer workers = ConcurrentIndexer.start(threads, sink)) {
          forEachChange(
              base,
              (e, originalJson) -> {
                workers.accept(e, originalJson);
                max[0] = Math.max(max[0], e.sequence());
                changed[0] = true;
              });
          workers.finish();
        }
      } else {
        forEachChange(
            base,
            (e, originalJson) -> {
              try {
                sink.index(e, originalJson);
              } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
              }
              max[0] = Math.max(max[0], e.sequence());
              changed[0] = true;
            });
      }
      if (changed[0] || max[0] != base) {
        w.setLiveCommitData(userData(max[0]).entrySet());
        w.commit();
      }
      w.close();
    } catch (IOException | RuntimeException e) {
      try {
        w.rollback();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      if (e instanceof java.io.UncheckedIOException u) {
        throw io("update", u.getCause());
      }
      if (e instanceof IOException io) {
        throw io("update", io);
      }
      throw (RuntimeException) e;
    }
  }

  /** An eighth of the heap, between the normal buffer and {@value #MAX_BULK_BUFFER_MB} MB. */
  private static double bulkBufferMb() {
    double eighth = Runtime.getRuntime().maxMemory() / 8.0 / (1024 * 1024);
    return Math.max(RAM_BUFFER_MB, Math.min(MAX_BULK_BUFFER_MB, eighth));
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
   * system property {@value #THREADS_PROPERTY} sets the number for bulk catch-ups (1: none), e.g.
   * to leave cores to other work or to measure.
   */
  private static int indexingThreads(long changes) {
    if (changes < PARALLEL_MIN_CHANGES) {
      return 1;
    }
    int cores = Math.min(MAX_INDEXING_THREADS, Runtime.getRuntime().availableProcessors());
    return Math.max(1, Integer.getInteger(THREADS_PROPERTY, cores));
  }

  private IndexWriter openWriter(OpenMode mode, boolean waitForLock) {
    long deadline = System.nanoTime() + lockWait.toNanos();
    long backoff = FIRST_BACKOFF_MS;
    while (true) {
      try {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        return new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (!waitForLock) {
          return null;
        }
        if (remainingMs <= 0) {
          throw new IndexBusyException(
              "search index " + path + " is busy: another process (or index instance) held its"
                  + " write lock for more than " + lockWait.toMillis() + " ms; retry when it is"
                  + " done, or open the index with a longer lock wait", e);
        }
        try {
          Thread.sleep(Math.min(backoff, remainingMs));
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IndexBusyException(
              "interrupted while waiting for the write lock of search index " + path, e);
        }
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      } catch (IOException e) {
        throw io("open a writer on", e);
      }
    }
  }

  private void refreshReader() throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(directory);
    } else {
      DirectoryReader newer = DirectoryReader.openIfChanged(reader);
      if (newer == null) {
        return;
      }
      reader.decRef();
      reader = newer;
    }
    Map<String, String> data = reader.getIndexCommit().getUserData();
    applied = Long.parseLong(data.getOrDefault(IndexSchema.SEQUENCE_KEY, "0"));
    version = data.get(IndexSchema.VERSION_KEY);
  }

  private synchronized DirectoryReader acquireReader() {
    ensureOpen();
    reader.incRef();
    return reader;
  }

  private static void release(DirectoryReader r) {
    try {
      r.decRef();
    } catch (IOException e) {
      throw new SearchIndexException("releasing a search index reader failed: " + e.getMessage(), e);
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("search index " + path + " is closed");
    }
  }

  private static Map<String, String> userData(long sequence) {
    return Map.of(
        IndexSchema.SEQUENCE_KEY, Long.toString(sequence),
        IndexSchema.VERSION_KEY, IndexSchema.VERSION);
  }

  private SearchIndexException io(String action, IOException e) {
    return new SearchIndexException(
        "cannot " + action + " the search index " + path + ": " + e.getMessage()
            + " (run 'nk bank reindex' to rebuild it from the bank)", e);
  }
}
