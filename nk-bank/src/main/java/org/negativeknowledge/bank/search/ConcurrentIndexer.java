package org.negativeknowledge.bank.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * Indexes entries on worker threads while the caller keeps reading the change feed. Lucene's
 * IndexWriter is thread-safe and gives every indexing thread its own in-memory segment, so the
 * analysis (most of the cost of a bulk catch-up) runs on every core instead of one. Entries travel
 * in batches to keep hand-over overhead small, and only a few batches are in flight at a time so
 * memory stays bounded however long the feed is.
 *
 * <p>Each entry is indexed exactly once, but not in feed order: callers must only use it when no
 * two entries of one run touch the same document (true of one pass over the change feed, which
 * yields every revision once).
 */
public final class ConcurrentIndexer implements AutoCloseable {

  /** Indexes one entry (with its original object as JSON text, or null); called on a worker. */
  @FunctionalInterface
  public interface Sink {
    void index(BankEntry entry, String originalJson) throws IOException;
  }

  private record Item(BankEntry entry, String originalJson) {}

  private static final int BATCH = 128;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Sink sink;
  private final ExecutorService workers;
  private final Semaphore inFlight;
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private List<Item> batch = new ArrayList<>(BATCH);
  private volatile boolean stopped;

  private ConcurrentIndexer(int threads, Sink sink) {
    this.sink = sink;
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "nk-index-" + pool + "-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.inFlight = new Semaphore(threads * 2);
  }

  /** Starts {@code threads} workers feeding {@code sink}. */
  public static ConcurrentIndexer start(int threads, Sink sink) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    return new ConcurrentIndexer(threads, sink);
  }

  /**
   * Queues one entry with its original object as JSON text (null: written from the entry),
   * blocking while enough work is in flight.
   *
   * @throws UncheckedIOException or the worker's own runtime exception, once a worker has failed
   */
  public void accept(BankEntry entry, String originalJson) {
    rethrowFailure();
    batch.add(new Item(entry, originalJson));
    if (batch.size() == BATCH) {
      submit();
    }
  }

  /**
   * Indexes what is still queued and waits for every worker.
   *
   * @throws IOException the first failure of a worker, if any
   */
  public void finish() throws IOException {
    if (!batch.isEmpty()) {
      submit();
    }
    workers.shutdown();
    try {
      while (!workers.awaitTermination(1, TimeUnit.MINUTES)) {
        // a huge catch-up; keep waiting
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
      throw new IOException("interrupted while waiting for index workers", e);
    }
    Throwable t = failure.get();
    if (t instanceof IOException io) {
      throw io;
    }
    rethrowFailure();
  }

  /**
   * Stops the workers once their current entry is indexed (after a failure: the caller rolls the
   * writer back). Workers are not interrupted, because an interrupt closes the NIO channel of a
   * file Lucene may be writing.
   */
  @Override
  public void close() {
    stopped = true;
    workers.shutdown();
    try {
      workers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void submit() {
    List<Item> work = batch;
    batch = new ArrayList<>(BATCH);
    try {
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted while queueing index work", e));
    }
    workers.execute(
        () -> {
          try {
            for (Item item : work) {
              if (stopped || failure.get() != null) {
                break;
              }
              sink.index(item.entry(), item.originalJson());
            }
          } catch (Throwable t) {
            failure.compareAndSet(null, t);
          } finally {
            inFlight.release();
          }
        });
  }

  private void rethrowFailure() {
    Throwable t = failure.get();
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw new UncheckedIOException(io);
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException("an index worker failed", t);
  }
}
