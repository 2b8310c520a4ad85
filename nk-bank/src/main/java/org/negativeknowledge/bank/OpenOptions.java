package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankNotFoundException;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@link Bank#open(String, OpenOptions)} opens a bank.
 *
 * @param indexDirectory where the Lucene index lives; null means the default (beside an SQLite
 *     file, named after it: {@code bank.db.index}; in {@code
 *     ${XDG_CACHE_HOME:-~/.cache}/nk/index/<hash>} for PostgreSQL)
 * @param author default author for writes; null means {@code $USER}
 * @param indexOnWrite bring the search index up to date after every write (otherwise it catches up
 *     at the next search or reindex)
 * @param busyTimeout how long an SQLite writer waits for another process's lock
 * @param createIfMissing create the bank (an SQLite file and its folders, or the tables in a
 *     PostgreSQL database) when there is none; false makes opening fail with {@link
 *     BankNotFoundException} instead, which is what reading commands want
 */
public record OpenOptions(
    Path indexDirectory, String author, boolean indexOnWrite, Duration busyTimeout, boolean createIfMissing) {

  /**
   * Default index location, {@code $USER} as author, index follows every write, 60 s busy timeout,
   * the bank created on first use.
   */
  public static OpenOptions defaults() {
    return new OpenOptions(null, null, true, Duration.ofSeconds(60), true);
  }

  public OpenOptions withIndexDirectory(Path dir) {
    return new OpenOptions(dir, author, indexOnWrite, busyTimeout, createIfMissing);
  }

  public OpenOptions withAuthor(String a) {
    return new OpenOptions(indexDirectory, a, indexOnWrite, busyTimeout, createIfMissing);
  }

  public OpenOptions withIndexOnWrite(boolean on) {
    return new OpenOptions(indexDirectory, author, on, busyTimeout, createIfMissing);
  }

  public OpenOptions withBusyTimeout(Duration timeout) {
    return new OpenOptions(indexDirectory, author, indexOnWrite, timeout, createIfMissing);
  }

  /** Whether opening creates a bank where there is none (see {@link #createIfMissing()}). */
  public OpenOptions withCreateIfMissing(boolean create) {
    return new OpenOptions(indexDirectory, author, indexOnWrite, busyTimeout, create);
  }

  /** The author to record: the given one, else {@code $USER}, else "unknown". */
  public String effectiveAuthor() {
    if (author != null && !author.isBlank()) {
      return author;
    }
    String user = System.getenv("USER");
    return user == null || user.isBlank() ? "unknown" : user;
  }
}
