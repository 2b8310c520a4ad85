package org.negativeknowledge.bank.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.negativeknowledge.bank.store.Dialect;

/**
 * A larger SQLite page cache for the length of one import. Entry ids are content hashes, so every
 * insert lands at a random place of the primary-key index; with SQLite's default 2 MB cache a bulk
 * import into a large bank spends most of its time re-reading index pages, and the store's rate
 * fell by a third from 100k to 1M entries. The cache only grows as pages are used and goes back to
 * its previous size when the import ends. PostgreSQL manages its own buffers: nothing to do there.
 */
final class ImportPageCache implements AutoCloseable {

  /** Cache for an import, in KiB (negative cache_size values are KiB in SQLite). */
  private static final long IMPORT_CACHE_KIB = 256 * 1024;

  private final Connection connection;
  private final Long previous; // null: nothing changed

  private ImportPageCache(Connection connection, Long previous) {
    this.connection = connection;
    this.previous = previous;
  }

  /** Widens the cache of {@code c} when it is an SQLite connection. */
  static ImportPageCache widen(Connection c, Dialect dialect) throws SQLException {
    if (dialect != Dialect.SQLITE) {
      return new ImportPageCache(c, null);
    }
    long previous;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA cache_size")) {
      previous = rs.next() ? rs.getLong(1) : -2000;
    }
    set(c, -IMPORT_CACHE_KIB);
    return new ImportPageCache(c, previous);
  }

  /** Restores the previous cache size. */
  @Override
  public void close() throws SQLException {
    if (previous != null) {
      set(connection, previous);
    }
  }

  private static void set(Connection c, long cacheSize) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA cache_size = " + cacheSize);
    }
  }
}
