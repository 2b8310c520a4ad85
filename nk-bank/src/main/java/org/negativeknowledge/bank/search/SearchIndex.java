package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
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
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.embed.TextEmbedder;

/**
 * The Lucene full-text index of a bank, derived from the store and following its {@link
 * ChangeFeed}. The store is the truth: the index remembers, in its commit data, which bank it
 * follows (the {@link ChangeFeed#bankId() bank id}), the last change sequence it applied and the
 * {@link org.negativeknowledge.bank.entry.ChangeMark mark} of that change; it catches up when opened and
 * before every search, and can be rebuilt from the store at any time. A crash between a store
 * commit and the index commit therefore leaves the index behind, never wrong; an index of another
 * bank, or of another history of this bank (a restored backup), is rebuilt when opened.
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

  /** System property: worker threads for a bulk catch-up (default: the cores, at most 4). */
  public static final String THREADS_PROPERTY = "nk.index.threads";

  private final Path path;
  private final Directory directory;
  private final ChangeFeed feed;
  private final Analyzer indexAnalyzer = IdentifierSplittingAnalyzer.forIndexing();
  private final Analyzer queryAnalyzer = IdentifierSplittingAnalyzer.forQueries();
  private final SnippetMaker snippets = new SnippetMaker(queryAnalyzer);
  private final IndexWriters writers;
  private final FeedApplier applier;

  // Guarded by this.
  private DirectoryReader reader;
  private IndexState state;
  private boolean closed;

  private SearchIndex(Path path, Directory directory, ChangeFeed feed, Duration lockWait) {
    this.path = path;
    this.directory = directory;
    this.feed = feed;
    this.writers = new IndexWriters(path, directory, indexAnalyzer, lockWait);
    this.applier = new FeedApplier(feed, indexAnalyzer, THREADS_PROPERTY);
  }

  /**
   * Opens (creating if needed) the index in {@code directory} and catches it up with the feed,
   * waiting at most {@link #DEFAULT_LOCK_WAIT} for the write lock.
   *
   * @throws IndexBusyException when another writer holds the lock for longer than the wait
   * @throws SearchIndexException when the folder cannot be created or read (a damaged index: see
   *     {@link #openRebuilt})
   */
  public static SearchIndex open(Path directory, ChangeFeed feed) {
    return open(directory, feed, DEFAULT_LOCK_WAIT);
  }

  /**
   * Opens (creating if needed) the index in {@code directory} and catches it up with the feed.
   * An index written by another layout version, for another bank, or for another history of this
   * bank (ahead of the feed, or whose last applied change the store no longer holds) is rebuilt.
   *
   * @param lockWait how long writers wait for the write lock before failing
   */
  public static SearchIndex open(Path directory, ChangeFeed feed, Duration lockWait) {
    return prepared(create(directory, feed, lockWait), SearchIndex::initialise);
  }

  /**
   * Builds the index in {@code directory} anew from every change of the feed, whatever the folder
   * holds: an index that cannot even be opened any more (a truncated segment file, garbage in
   * {@code segments_N}) is cleared first. This is what {@code nk bank reindex} does.
   *
   * @throws IndexBusyException when another writer holds the lock for longer than {@code lockWait}
   */
  public static SearchIndex openRebuilt(Path directory, ChangeFeed feed, Duration lockWait) {
    return prepared(create(directory, feed, lockWait), SearchIndex::rebuild);
  }

  /** {@code index} after {@code step}, or closed when the step fails. */
  private static SearchIndex prepared(SearchIndex index, Consumer<SearchIndex> step) {
    try {
      step.accept(index);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return index;
  }

  private static SearchIndex create(Path directory, ChangeFeed feed, Duration lockWait) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(lockWait, "lockWait");
    try {
      Files.createDirectories(directory);
      return new SearchIndex(directory, FSDirectory.open(directory), feed, lockWait);
    } catch (IOException e) {
      throw new SearchIndexException(
          "cannot open the search index folder " + directory + ": " + e.getMessage()
              + " (check that it is writable, or remove it: it is rebuilt from the bank)", e);
    }
  }

  private synchronized void initialise() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        IndexWriter w = writers.open(OpenMode.CREATE_OR_APPEND, true);
        try {
          if (!DirectoryReader.indexExists(directory)) {
            w.setLiveCommitData(IndexState.empty(feed).userData().entrySet());
            w.commit();
          }
        } finally {
          w.close();
        }
      }
      refreshReader();
    } catch (IOException e) {
      throw writers.failure("open", e);
    }
    if (state.follows(feed)) {
      catchUp();
    } else {
      rebuild();
    }
  }

  /** The last change sequence applied, as recorded in the latest index commit. */
  public synchronized long appliedSequence() {
    ensureOpen();
    try {
      refreshReader();
    } catch (IOException e) {
      throw writers.failure("read", e);
    }
    return state.appliedSequence();
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
   * changed or the folder was damaged; a folder whose last commit cannot be read is cleared first.
   * Waits for the write lock like {@link #catchUp()}.
   */
  public synchronized void rebuild() {
    ensureOpen();
    IndexWriter w;
    try {
      w = writers.open(OpenMode.CREATE, true);
    } catch (IndexBusyException e) {
      throw e;
    } catch (SearchIndexException unreadable) {
      writers.wipe();
      w = writers.open(OpenMode.CREATE, true);
    }
    apply(w, IndexState.empty(feed));
    try {
      if (reader != null) {
        reader.decRef(); // it may read files the rebuild replaced
        reader = null;
      }
      refreshReader();
    } catch (IOException e) {
      throw writers.failure("read", e);
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
    DirectoryReader r = acquireReader();
    try {
      Set<String> terms = QueryTerms.informative(QueryTerms.of(queryAnalyzer, query.text()), r, false);
      if (terms.isEmpty() && !query.matchesAll()) {
        return SearchResults.empty();
      }
      Query q = QueryBuilder.build(terms, query.filters());
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
      throw writers.failure("search", e);
    } finally {
      release(r);
    }
  }

  /**
   * The candidates of a consultation's memory block after catching up with the feed: BM25 and, when
   * the query has a vector, the nearest embedded entries, fused by rank (see {@link CandidateQuery}).
   * Entries not embedded yet take part in BM25 only (see {@link #embedPending}).
   */
  public List<Candidate> candidates(CandidateQuery query) {
    Objects.requireNonNull(query, "query");
    catchUp(false);
    DirectoryReader r = acquireReader();
    try {
      return CandidateSearch.run(new IndexSearcher(r), queryAnalyzer, query);
    } catch (IOException e) {
      throw writers.failure("search", e);
    } finally {
      release(r);
    }
  }

  /**
   * Computes the embedding vectors of entries indexed without one, all of them when there are at
   * most {@code wholeUpTo}, else until {@code maxTime} has passed, and commits them. Waits for the
   * write lock like {@link #catchUp()}. When the last commit has no such entry (the usual case for a
   * consultation), it answers from the reader: no writer is opened, no lock taken, and the embedder
   * is not called.
   *
   * @return how many entries are still without a vector
   */
  public synchronized int embedPending(TextEmbedder embedder, int wholeUpTo, Duration maxTime) {
    ensureOpen();
    Objects.requireNonNull(embedder, "embedder");
    long deadline = System.nanoTime() + maxTime.toNanos();
    try {
      refreshReader();
      if (VectorPass.pending(reader) == 0) {
        return 0;
      }
      int left = VectorPass.runAndCommit(
          writers.open(OpenMode.APPEND, true), indexAnalyzer, embedder, wholeUpTo, deadline);
      refreshReader();
      return left;
    } catch (IOException e) {
      throw writers.failure("update", e);
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
      throw writers.failure("close", e);
    } finally {
      indexAnalyzer.close();
      queryAnalyzer.close();
    }
  }

  private synchronized void catchUp(boolean waitForLock) {
    ensureOpen();
    long target = feed.lastSequence();
    if (target <= state.appliedSequence()) {
      return;
    }
    try {
      refreshReader(); // another process may have caught up already
    } catch (IOException e) {
      throw writers.failure("read", e);
    }
    if (!state.sameBank(feed)) {
      rebuild(); // another bank's process took this folder since we opened it
      return;
    }
    if (target <= state.appliedSequence()) {
      return;
    }
    IndexWriter w = writers.open(OpenMode.APPEND, waitForLock);
    if (w == null) {
      return; // someone else is writing; answer from the committed state
    }
    Map<String, String> committed = new HashMap<>();
    w.getLiveCommitData().forEach(e -> committed.put(e.getKey(), e.getValue()));
    apply(w, IndexState.read(committed));
    try {
      refreshReader();
    } catch (IOException e) {
      throw writers.failure("read", e);
    }
  }

  private void apply(IndexWriter w, IndexState from) {
    try {
      applier.apply(w, from, feed.lastSequence());
    } catch (IOException e) {
      throw writers.failure("update", e);
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
    state = IndexState.read(reader.getIndexCommit().getUserData());
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
}
