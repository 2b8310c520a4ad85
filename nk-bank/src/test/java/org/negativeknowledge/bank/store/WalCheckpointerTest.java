package org.negativeknowledge.bank.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAL checkpoints on the background thread: the WAL stays small under many commits, and close cleans up. */
class WalCheckpointerTest {
  private static final int ROW_BYTES = 4096;

  @TempDir Path tmp;

  private static Database open(Path file) {
    return Database.connect(BankLocation.parse(file.toString()), Duration.ofSeconds(10));
  }

  private static void createTable(Database db) {
    db.inWriteTransaction(c -> {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
      }
      return null;
    });
  }

  private static void insert(Database db, Random random) {
    byte[] body = new byte[ROW_BYTES];
    random.nextBytes(body);
    db.inWriteTransaction(c -> {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO t (body) VALUES (?)")) {
        p.setBytes(1, body);
        p.executeUpdate();
      }
      return null;
    });
  }

  private static long walSize(Path file) throws Exception {
    Path wal = file.resolveSibling(file.getFileName() + "-wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  @Test
  void manyCommitsLeaveASmallWalWhenTheBackgroundCheckpointsRun() throws Exception {
    Path file = tmp.resolve("bank.db");
    int commits = 4000;
    int window = 4 * WalCheckpointer.DEFAULT_COMMITS_PER_CHECKPOINT;
    long largestWal = 0;
    try (Database db = open(file)) {
      WalCheckpointer checkpointer = db.walCheckpointer();
      assertThat(checkpointer).isNotNull();
      createTable(db);
      Random random = new Random(7);
      for (int i = 1; i <= commits; i++) {
        insert(db, random);
        if (i % window == 0) {
          // The commit count has queued at least one checkpoint in this window; then everything
          // is copied, so SQLite starts the WAL over at the next commit.
          checkpointer.awaitQueued();
          assertThat(checkpointer.completed()).isGreaterThanOrEqualTo(i / window);
          checkpointer.awaitCheckpoint();
          largestWal = Math.max(largestWal, walSize(file));
        }
      }
      assertThat(checkpointer.failed()).as("failures: %s", checkpointer.lastFailure()).isZero();
      long written = (long) commits * ROW_BYTES;
      // Without the background checkpoints the WAL would hold every row (16 MB here; the backstop
      // of 10,000 pages is 40 MB); with them it holds what one window's commits wrote (~1 MB).
      assertThat(largestWal).as("largest WAL %d bytes after %d bytes written", largestWal, written)
          .isLessThan(written / 8);
      int rows = db.read(c -> {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      assertThat(rows).isEqualTo(commits);
    }
  }

  @Test
  void closingCheckpointsTheWalAndClosesTheCheckpointConnection() throws Exception {
    Path file = tmp.resolve("bank.db");
    try (Database db = open(file)) {
      createTable(db);
      Random random = new Random(3);
      for (int i = 0; i < 40; i++) {
        insert(db, random);
      }
      db.walCheckpointer().awaitQueued();
      assertThat(db.walCheckpointer().completed()).isPositive();
      assertThat(walSize(file)).isPositive();
    }
    // The last connection to close removes the WAL: none was left open by the checkpoint thread.
    assertThat(file.resolveSibling("bank.db-wal")).doesNotExist();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM t")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(40);
    }
  }

  @Test
  void aLoneCommitIsCheckpointedAfterTheDelay() throws Exception {
    Path file = tmp.resolve("bank.db");
    AtomicInteger opened = new AtomicInteger();
    BankLocation location = BankLocation.parse(file.toString());
    try (Database db = open(file);
        WalCheckpointer lone = new WalCheckpointer(() -> {
          opened.incrementAndGet();
          return DriverManager.getConnection(location.jdbcUrl());
        }, 1000, Duration.ZERO, "test")) {
      createTable(db);
      insert(db, new Random(1));
      lone.committed();
      // Due at once (no delay): the empty task queued behind it runs after it.
      lone.awaitQueued();
      assertThat(lone.completed()).isEqualTo(1);
      assertThat(opened.get()).isEqualTo(1);
      lone.awaitQueued();
      assertThat(lone.completed()).as("no commit since: no second checkpoint").isEqualTo(1);
    }
  }

  @Test
  void inlineSettingLeavesCheckpointsToSqliteAndOtherValuesAreRefused() {
    String before = System.getProperty(WalCheckpointer.PROPERTY);
    try {
      System.setProperty(WalCheckpointer.PROPERTY, "inline");
      try (Database db = open(tmp.resolve("inline.db"))) {
        assertThat(db.walCheckpointer()).isNull();
        createTable(db);
        insert(db, new Random(2));
      }
      System.setProperty(WalCheckpointer.PROPERTY, "sometimes");
      assertThatThrownBy(() -> open(tmp.resolve("other.db")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(WalCheckpointer.PROPERTY);
    } finally {
      if (before == null) {
        System.clearProperty(WalCheckpointer.PROPERTY);
      } else {
        System.setProperty(WalCheckpointer.PROPERTY, before);
      }
    }
  }
}
