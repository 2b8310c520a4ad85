package org.negativeknowledge.bank.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Moves an SQLite bank's WAL checkpoints off the writing connection: the connection's own
 * auto-checkpoint is raised to a backstop ({@link #BACKSTOP_PAGES}), and this class copies the
 * WAL's frames into the database file with a PASSIVE checkpoint on a daemon thread and a second
 * connection of its own, after every {@code commitsPerCheckpoint} commits or {@code maxDelay} after
 * the first commit not yet checkpointed, whichever comes first; a checkpoint that commits overtook
 * is followed once, shortly after, by one for those commits.
 *
 * <p>Why: with SQLite's default auto-checkpoint (1,000 pages) the commit that crosses the
 * threshold copies the WAL into the database itself, so about every twentieth consultation (each
 * writes its ledger rows) took some 12 ms longer. A PASSIVE checkpoint never takes the write lock
 * and never waits: writers and readers, in this process or others, go on while it runs. SQLite
 * restarts the WAL from its beginning at the first write after a checkpoint has copied all of it,
 * so the file stays as large as the frames written between two checkpoints. Should the background
 * checkpoint fall behind (a reader in another process holding an old snapshot for long, or this
 * thread starved of CPU), the backstop makes the committing connection checkpoint as SQLite
 * always did, only at a larger WAL. Durability is SQLite's: a commit is in the WAL before it
 * returns, and a checkpoint cut short by a crash is redone from the WAL on the next open.
 *
 * <p>The setting {@value #PROPERTY} ({@code background}, the default, or {@code inline}: SQLite's
 * own auto-checkpoint at 1,000 pages in the committing connection, the behaviour before this
 * class) chooses; {@link #configured()} reads it. Thread-safe; the thread and its connection are
 * made at the first commit.
 */
final class WalCheckpointer implements AutoCloseable {

  /** The system property choosing where checkpoints run: {@code background} or {@code inline}. */
  static final String PROPERTY = "nk.wal-checkpoint";

  /**
   * The writing connection's auto-checkpoint threshold in pages while checkpoints run in the
   * background (about 40 MB of WAL at 4 KB pages): reached only if the background falls behind.
   */
  static final int BACKSTOP_PAGES = 10_000;

  /**
   * The size in bytes the WAL file is cut back to when SQLite restarts it (after a large import,
   * say), so a long-running process does not keep a WAL of gigabytes on disk.
   */
  static final long JOURNAL_SIZE_LIMIT = 64L << 20;

  /** Commits after which a checkpoint runs at once. */
  static final int DEFAULT_COMMITS_PER_CHECKPOINT = 16;

  /**
   * How soon a checkpoint that commits overtook (they came while it ran, so it could not copy
   * everything) is followed by one more, for the commits since.
   */
  static final Duration FOLLOW_UP_DELAY = Duration.ofMillis(2);

  /** The longest a commit waits for its checkpoint when fewer commits follow it. */
  static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(1);

  /** Opens the checkpointing connection; called on the checkpoint thread. */
  @FunctionalInterface
  interface ConnectionOpener {
    Connection open() throws SQLException;
  }

  private final ConnectionOpener opener;
  private final int commitsPerCheckpoint;
  private final Duration maxDelay;
  private final String threadName;

  private final Object lock = new Object();
  private int pendingCommits;
  private long commits;
  private boolean queued;
  private ScheduledFuture<?> delayed;
  private ScheduledThreadPoolExecutor executor;
  private boolean closed;

  // Touched by the checkpoint thread only.
  private Connection connection;

  private volatile long completed;
  private volatile long failed;
  private volatile String lastFailure;

  /**
   * @param opener opens the connection the checkpoints run on
   * @param commitsPerCheckpoint commits after which a checkpoint runs at once (at least 1)
   * @param maxDelay the longest a commit waits for a checkpoint when fewer commits follow it
   * @param name names the thread (the bank, with any password masked)
   */
  WalCheckpointer(ConnectionOpener opener, int commitsPerCheckpoint, Duration maxDelay, String name) {
    if (commitsPerCheckpoint < 1) {
      throw new IllegalArgumentException("commitsPerCheckpoint must be at least 1: " + commitsPerCheckpoint);
    }
    this.opener = opener;
    this.commitsPerCheckpoint = commitsPerCheckpoint;
    this.maxDelay = maxDelay;
    this.threadName = "nk-wal-checkpoint " + name;
  }

  /**
   * Whether checkpoints run in the background: true unless {@value #PROPERTY} is {@code inline}.
   *
   * @throws IllegalArgumentException for a value other than {@code background} or {@code inline}
   */
  static boolean configured() {
    String v = System.getProperty(PROPERTY);
    if (v == null || v.isBlank()) {
      return true;
    }
    switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "background":
        return true;
      case "inline":
        return false;
      default:
        throw new IllegalArgumentException(
            "-D" + PROPERTY + " must be background or inline, not '" + v + "'");
    }
  }

  /** Notes one committed write transaction; schedules a checkpoint if one is due. Cheap. */
  void committed() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      pendingCommits++;
      commits++;
      if (queued) {
        return;
      }
      if (pendingCommits >= commitsPerCheckpoint) {
        queued = true;
        if (delayed != null) {
          delayed.cancel(false);
          delayed = null;
        }
        executor().execute(this::runDue);
      } else if (delayed == null) {
        delayed = executor().schedule(this::runDue, maxDelay.toNanos(), TimeUnit.NANOSECONDS);
      }
    }
  }

  /**
   * Waits until every checkpoint due so far has run: those the commit count asked for and those
   * whose delay is over; one still waiting out {@code maxDelay} is not waited for. For tests.
   */
  void awaitQueued() throws InterruptedException {
    ScheduledThreadPoolExecutor e;
    synchronized (lock) {
      e = executor;
    }
    awaitEmptyTask(e);
  }

  /**
   * Asks for a checkpoint of every commit noted so far at once, not waiting for the commit count
   * or the delay, and waits until it has run. For tests, and whoever needs the WAL copied now.
   */
  void awaitCheckpoint() throws InterruptedException {
    ScheduledThreadPoolExecutor e;
    synchronized (lock) {
      if (closed) {
        return;
      }
      e = executor();
      if (pendingCommits > 0 && !queued) {
        queued = true;
        e.execute(this::runDue);
      }
    }
    awaitEmptyTask(e);
  }

  private static void awaitEmptyTask(ScheduledThreadPoolExecutor e) throws InterruptedException {
    if (e == null) {
      return;
    }
    try {
      e.submit(() -> { }).get();
    } catch (ExecutionException | RejectedExecutionException ex) {
      // nothing to wait for: the empty task cannot fail, and a closed checkpointer runs nothing
    }
  }

  /** Whether any commit was noted since this checkpointer was made. */
  boolean anyCommits() {
    synchronized (lock) {
      return commits > 0;
    }
  }

  /** Checkpoints that ran to the end (whether or not other connections' readers let them copy everything). */
  long completed() {
    return completed;
  }

  /** Checkpoints that failed; the backstop and the checkpoint at close cover for them. */
  long failed() {
    return failed;
  }

  /** The last failure's message, or null. */
  String lastFailure() {
    return lastFailure;
  }

  private ScheduledThreadPoolExecutor executor() {
    if (executor == null) {
      ScheduledThreadPoolExecutor e = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, threadName);
        t.setDaemon(true);
        return t;
      });
      e.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
      e.setRemoveOnCancelPolicy(true);
      executor = e;
    }
    return executor;
  }

  private void runDue() {
    synchronized (lock) {
      queued = false;
      if (delayed != null) {
        delayed.cancel(false); // harmless when it is this very task
        delayed = null;
      }
      if (pendingCommits == 0 || closed) {
        return;
      }
      pendingCommits = 0;
    }
    if (!checkpoint()) {
      synchronized (lock) {
        if (!closed && !queued && pendingCommits > 0) {
          executor.schedule(this::runFollowUp, FOLLOW_UP_DELAY.toNanos(), TimeUnit.NANOSECONDS);
        }
      }
    }
  }

  /**
   * Copies what commits made during the last checkpoint added, so that the WAL can start over at
   * the next write (SQLite restarts it only when every frame has been copied); runs once, not again
   * if it falls short too.
   */
  private void runFollowUp() {
    synchronized (lock) {
      if (pendingCommits == 0 || closed || queued) {
        return;
      }
      pendingCommits = 0;
    }
    checkpoint();
  }

  /** Runs one PASSIVE checkpoint; true when it copied every frame the WAL held. */
  private boolean checkpoint() {
    try {
      if (connection == null) {
        connection = opener.open();
      }
      boolean caughtUp;
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
        rs.next();
        // busy, frames in the WAL, frames copied
        caughtUp = rs.getInt(1) == 0 && rs.getLong(2) == rs.getLong(3);
      }
      completed++;
      return caughtUp;
    } catch (SQLException | RuntimeException e) {
      // Never fatal: the writing connection's backstop and the checkpoint at close remain.
      failed++;
      lastFailure = String.valueOf(e.getMessage());
      closeConnection();
      return true;
    }
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the connection only ever checkpointed; nothing of the bank's depends on its close
      }
      connection = null;
    }
  }

  /**
   * Stops: a checkpoint running finishes (a PASSIVE checkpoint never waits for locks), none is
   * started after, and the thread closes its connection. The caller checkpoints what is left on its
   * own connection.
   */
  @Override
  public void close() {
    ScheduledThreadPoolExecutor e;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      if (delayed != null) {
        delayed.cancel(false);
        delayed = null;
      }
      e = executor;
    }
    if (e == null) {
      return;
    }
    e.execute(this::closeConnection);
    e.shutdown();
    try {
      e.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException ie) {
      // The daemon thread still closes its connection after the checkpoint it is running.
      Thread.currentThread().interrupt();
    }
  }
}
