package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the writers of one index folder. Lucene allows one writer per folder across processes; a
 * writer that finds the lock taken retries with exponential backoff up to a bounded wait (like
 * SQLite's busy timeout) and then fails with {@link IndexBusyException}.
 */
public final class IndexWriters {

  private static final long FIRST_BACKOFF_MS = 5;
  private static final long MAX_BACKOFF_MS = 250;

  /** Lucene's own files: commits, pending commits and segment files. Nothing else is ever deleted. */
  private static final Pattern LUCENE_FILE = Pattern.compile("(pending_)?segments(_[0-9a-z]+)?|_[0-9a-z]+(_.*)?\\..+");

  /** The in-memory buffer of a normal catch-up, in MB. */
  public static final double RAM_BUFFER_MB = 64;

  private final Path path;
  private final Directory directory;
  private final Analyzer analyzer;
  private final Duration lockWait;

  public IndexWriters(Path path, Directory directory, Analyzer analyzer, Duration lockWait) {
    this.path = path;
    this.directory = directory;
    this.analyzer = analyzer;
    this.lockWait = lockWait;
  }

  /**
   * A writer in {@code mode}, waiting for the lock up to the configured wait; null when the lock is
   * taken and {@code waitForLock} is false.
   *
   * @throws IndexBusyException when the lock stays taken for longer than the wait
   * @throws SearchIndexException when the folder cannot be written or its last commit read
   */
  public IndexWriter open(OpenMode mode, boolean waitForLock) {
    long deadline = System.nanoTime() + lockWait.toNanos();
    long backoff = FIRST_BACKOFF_MS;
    while (true) {
      try {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(mode);
        config.setCommitOnClose(false);
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        return new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        if (!waitForLock) {
          return null;
        }
        backoff = waitOrGiveUp(deadline, backoff, e);
      } catch (IOException e) {
        throw failure("open a writer on", e);
      }
    }
  }

  /**
   * Deletes every Lucene file of the folder while holding the write lock, for a folder whose last
   * commit cannot be read any more (a truncated file, garbage in {@code segments_N}). Files that
   * are not Lucene's are left alone.
   *
   * @throws IndexBusyException when the lock stays taken for longer than the wait
   */
  public void wipe() {
    long deadline = System.nanoTime() + lockWait.toNanos();
    long backoff = FIRST_BACKOFF_MS;
    while (true) {
      try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
        for (String name : directory.listAll()) {
          if (LUCENE_FILE.matcher(name).matches()) {
            lock.ensureValid();
            directory.deleteFile(name);
          }
        }
        return;
      } catch (LockObtainFailedException e) {
        backoff = waitOrGiveUp(deadline, backoff, e);
      } catch (IOException e) {
        throw failure("clear", e);
      }
    }
  }

  private long waitOrGiveUp(long deadline, long backoff, LockObtainFailedException e) {
    long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
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
      throw new IndexBusyException("interrupted while waiting for the write lock of search index " + path, e);
    }
    return Math.min(backoff * 2, MAX_BACKOFF_MS);
  }

  /** A failure to {@code action} the index, naming the folder and the way out. */
  public SearchIndexException failure(String action, IOException e) {
    return new SearchIndexException(
        "cannot " + action + " the search index " + path + ": " + e.getMessage()
            + " (the index is derived: rebuild it from the bank with a reindex)", e);
  }
}
