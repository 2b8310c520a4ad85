package org.negativeknowledge.bank.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.negativeknowledge.bank.entry.BankStorageException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One JDBC connection to a bank's database plus the transaction discipline every package of
 * nk-bank shares: writes run in {@link #inWriteTransaction}, which on SQLite is {@code BEGIN
 * IMMEDIATE} (the write lock is taken up front, so a read-then-write never fails half-way with
 * SQLITE_BUSY) and on PostgreSQL an ordinary transaction; reads run in {@link #read}.
 *
 * <p>Thread-safe: calls are serialised on this object. Several processes may open the same SQLite
 * file: WAL mode and a busy timeout make writers queue instead of failing. On SQLite the WAL is
 * checkpointed by a {@code WalCheckpointer} on a thread of its own, not by the committing write,
 * unless {@code -Dnk.wal-checkpoint=inline} asks for SQLite's own auto-checkpoint.
 */
public final class Database implements AutoCloseable {
  private final BankLocation location;
  private final Connection connection;
  private final WalCheckpointer checkpointer;

  private Database(BankLocation location, Connection connection, WalCheckpointer checkpointer) {
    this.location = location;
    this.connection = connection;
    this.checkpointer = checkpointer;
  }

  /**
   * Connects, creating an SQLite file and its parent folders on first use.
   *
   * @throws BankStorageException when the database cannot be reached or opened
   */
  public static Database connect(BankLocation location, Duration busyTimeout) {
    return connect(location, busyTimeout, true);
  }

  /**
   * Connects; with {@code create} false an SQLite file that does not exist is not created (nor
   * its folders), and the connection fails instead.
   *
   * @throws BankStorageException when the database cannot be reached or opened
   */
  public static Database connect(BankLocation location, Duration busyTimeout, boolean create) {
    try {
      if (location.dialect() == Dialect.SQLITE) {
        Path parent = location.sqliteFile().getParent();
        if (parent != null && create) {
          Files.createDirectories(parent);
        }
        boolean background = WalCheckpointer.configured();
        Connection c = openSqlite(location, busyTimeout, create);
        try {
          enableWal(c, busyTimeout);
          if (background) {
            try (Statement s = c.createStatement()) {
              s.execute("PRAGMA wal_autocheckpoint=" + WalCheckpointer.BACKSTOP_PAGES);
              s.execute("PRAGMA journal_size_limit=" + WalCheckpointer.JOURNAL_SIZE_LIMIT);
            }
          }
        } catch (SQLException e) {
          c.close();
          throw e;
        }
        WalCheckpointer checkpointer = background
            ? new WalCheckpointer(() -> openSqlite(location, busyTimeout, false),
                WalCheckpointer.DEFAULT_COMMITS_PER_CHECKPOINT, WalCheckpointer.DEFAULT_MAX_DELAY, location.masked())
            : null;
        return new Database(location, c, checkpointer);
      }
      Connection c = DriverManager.getConnection(location.jdbcUrl(), new Properties());
      return new Database(location, c, null);
    } catch (SQLException e) {
      throw new BankStorageException(
          "cannot open bank " + location.masked() + ": " + BankLocation.mask(String.valueOf(e.getMessage())), e);
    } catch (IOException e) {
      throw new BankStorageException(
          "cannot create the folder of bank " + location.masked() + ": " + e.getMessage(), e);
    }
  }

  private static Connection openSqlite(BankLocation location, Duration busyTimeout, boolean create)
      throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    if (!create) {
      config.resetOpenMode(SQLiteOpenMode.CREATE);
    }
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, busyTimeout.toMillis()));
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    return DriverManager.getConnection(location.jdbcUrl(), config.toProperties());
  }

  private static void enableWal(Connection c, Duration busyTimeout) throws SQLException {
    long deadline = System.nanoTime() + busyTimeout.toNanos();
    while (true) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        return;
      } catch (SQLException e) {
        // Switching a fresh file to WAL needs an exclusive moment; other processes opening the
        // same new bank at once may hold it briefly.
        if (!isBusy(e) || System.nanoTime() > deadline) {
          throw e;
        }
        sleepQuietly(20);
      }
    }
  }

  private static boolean isBusy(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("database is locked");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  /** The database kind. */
  public Dialect dialect() {
    return location.dialect();
  }

  /** Where the bank is. */
  public BankLocation location() {
    return location;
  }

  /**
   * Runs {@code work} in one write transaction and commits it; rolls back and rethrows on any
   * failure. On SQLite the write lock is taken before {@code work} starts.
   *
   * @throws BankStorageException wrapping an {@link SQLException}
   */
  public synchronized <T> T inWriteTransaction(SqlWork<T> work) {
    try {
      begin();
      T result;
      try {
        result = work.run(connection);
      } catch (SQLException | RuntimeException | Error e) {
        rollbackQuietly();
        throw e;
      }
      commit();
      if (checkpointer != null) {
        checkpointer.committed();
      }
      return result;
    } catch (SQLException e) {
      throw storageFailure(e);
    }
  }

  /**
   * Runs read-only {@code work}. Each statement sees a consistent snapshot; readers never block
   * writers.
   *
   * @throws BankStorageException wrapping an {@link SQLException}
   */
  public synchronized <T> T read(SqlWork<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw storageFailure(e);
    }
  }

  /** A storage failure naming the bank, with any password masked. */
  public BankStorageException storageFailure(SQLException e) {
    String hint = isBusy(e) ? " (another process held the bank's write lock too long; retry)" : "";
    return new BankStorageException(
        "bank " + location.masked() + ": " + BankLocation.mask(String.valueOf(e.getMessage())) + hint, e);
  }

  private void begin() throws SQLException {
    if (dialect() == Dialect.SQLITE) {
      try (Statement s = connection.createStatement()) {
        s.execute("BEGIN IMMEDIATE");
      }
    } else {
      connection.setAutoCommit(false);
    }
  }

  private void commit() throws SQLException {
    if (dialect() == Dialect.SQLITE) {
      try (Statement s = connection.createStatement()) {
        s.execute("COMMIT");
      }
    } else {
      connection.commit();
      connection.setAutoCommit(true);
    }
  }

  private void rollbackQuietly() {
    try {
      if (dialect() == Dialect.SQLITE) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        } else {
          try (Statement s = connection.createStatement()) {
            s.execute("ROLLBACK");
          }
        }
      } else {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException ignored) {
      // The original failure is what the caller needs to see; a failed rollback leaves the
      // transaction to be discarded when the connection closes.
    }
  }

  /** The background checkpointer of an SQLite bank, or null (PostgreSQL, or checkpoints inline). */
  WalCheckpointer walCheckpointer() {
    return checkpointer;
  }

  /**
   * Closes the connection. On SQLite with background checkpoints, the checkpoint thread is stopped
   * first and, if this connection wrote, what the WAL still holds is checkpointed (PASSIVE) on it;
   * SQLite itself checkpoints again and removes the WAL when this was the file's last connection.
   */
  @Override
  public synchronized void close() {
    try {
      if (checkpointer != null) {
        checkpointer.close();
        if (checkpointer.anyCommits()) {
          try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
          } catch (SQLException ignored) {
            // The WAL keeps every commit; the next connection to checkpoint copies them.
          }
        }
      }
      connection.close();
    } catch (SQLException e) {
      throw storageFailure(e);
    }
  }
}
