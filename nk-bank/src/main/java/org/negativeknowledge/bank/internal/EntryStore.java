package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankNotFoundException;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.Occurrence;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.store.BankIdentity;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;
import org.negativeknowledge.bank.store.Dialect;
import org.negativeknowledge.bank.store.Migrations;
import org.negativeknowledge.validation.stream.RecordSourceReader;
import org.negativeknowledge.validation.stream.SourceRecord;

/**
 * The store of a bank: its entries, revisions and occurrences in SQLite or PostgreSQL, read and
 * written in transactions, and the change feed a search index follows. The store is the truth;
 * the {@code Bank} facade adds the index and the consultation ledger beside it. Thread-safe.
 */
public final class EntryStore implements AutoCloseable {
  private static final int PAGE = 2000;

  private final Database db;
  private final EntryTable table;
  private final String defaultAuthor;
  private final StoreFeed feed;
  private final Revisions revisions;

  private EntryStore(Database db, String defaultAuthor, String bankId) {
    this.db = db;
    this.table = new EntryTable(db.dialect());
    this.defaultAuthor = defaultAuthor;
    this.feed = new StoreFeed(db, table, bankId);
    this.revisions = new Revisions(table, defaultAuthor);
  }

  /**
   * Opens the store at {@code location}, applying missing schema steps; with {@code create} false,
   * only a store that exists.
   *
   * @param busyTimeout how long a writer waits for another (SQLite)
   * @param defaultAuthor the author of writes that name none
   * @throws BankNotFoundException when there is no bank and none may be created
   */
  public static EntryStore open(
      BankLocation location, java.time.Duration busyTimeout, boolean create, String defaultAuthor) {
    if (!create && location.dialect() == Dialect.SQLITE && !Files.isRegularFile(location.sqliteFile())) {
      throw new BankNotFoundException(location.masked(), null);
    }
    Database db = Database.connect(location, busyTimeout, create);
    try {
      if (!create && !Migrations.isBank(db)) {
        throw new BankNotFoundException(
            location.masked(),
            location.dialect() == Dialect.SQLITE ? "the file is not an nk bank" : "the database holds no nk bank");
      }
      Migrations.apply(db);
      return new EntryStore(db, defaultAuthor, BankIdentity.read(db));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The database, for the ledger's tables in the same store. */
  public Database database() {
    return db;
  }

  /** Where the store is, with any password masked. */
  public String location() {
    return db.location().masked();
  }

  /** The default index folder of this store. */
  public Path defaultIndexDirectory() {
    return db.location().defaultIndexDirectory();
  }

  /** The store's change feed (what a search index follows). */
  public ChangeFeed changes() {
    return feed;
  }

  // ---- import ---------------------------------------------------------------------------

  /** Signals "roll back, the report says why" out of a transaction. */
  private static final class RollBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RollBack() {
      super(null, null, false, false);
    }
  }

  /** Imports record files, all-or-nothing unless the options skip invalid records. */
  public ImportReport importEntries(List<Path> inputs, ImportOptions importOptions) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      files.addAll(RecordSourceReader.files(input)); // every path is checked before anything is written
    }
    RecordSourceReader reader = RecordSourceReader.standard();
    return runImport(
        importOptions,
        (c, importer) -> {
          String last = "";
          for (Path f : files) {
            last = f.toString();
            reader.read(f, r -> acceptUnchecked(importer, c, r));
          }
          return last;
        });
  }

  /** Imports objects given in memory; their source is {@code label:n}. */
  public ImportReport importRecords(List<ObjectNode> records, String label, ImportOptions importOptions) {
    return runImport(importOptions, null, inMemory(records, label));
  }

  /** Imports curated records, deduplicated by failure signature. */
  public ImportReport importCurated(
      List<ObjectNode> records, String label, ImportOptions importOptions, CurationOrigin origin) {
    Objects.requireNonNull(origin, "origin");
    return runImport(importOptions, origin, inMemory(records, label));
  }

  /** Feeds objects given in memory, numbered {@code label:1}, {@code label:2}, ... */
  private static Feed inMemory(List<ObjectNode> records, String label) {
    return (c, importer) -> {
      long n = 0;
      for (ObjectNode r : records) {
        importer.accept(c, new SourceRecord(label, ++n, true, r, null));
      }
      return label;
    };
  }

  /** The further occurrences counted on {@code id}, oldest first. */
  public List<Occurrence> occurrences(String id) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> SignatureTable.occurrences(c, id));
  }

  private interface Feed {
    String run(Connection c, Importer importer) throws SQLException;
  }

  private static void acceptUnchecked(Importer importer, Connection c, SourceRecord r) {
    try {
      importer.accept(c, r);
    } catch (SQLException e) {
      throw new SqlFailure(e);
    }
  }

  /** Carries an SQLException through a Consumer. */
  private static final class SqlFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SqlFailure(SQLException cause) {
      super(cause);
    }
  }

  private ImportReport runImport(ImportOptions importOptions, Feed feed) {
    return runImport(importOptions, null, feed);
  }

  private ImportReport runImport(
      ImportOptions importOptions, CurationOrigin origin, Feed feed) {
    String author = importOptions.author() != null ? importOptions.author() : defaultAuthor;
    Importer importer = new Importer(table, importOptions, author, origin);
    boolean committed;
    try {
      db.inWriteTransaction(
          c -> {
            table.lockWriters(c);
            String last;
            try (ImportPageCache cache = ImportPageCache.widen(c, db.dialect())) {
              try {
                last = feed.run(c, importer);
              } catch (SqlFailure e) {
                throw (SQLException) e.getCause();
              }
              importer.finish(c, last);
            }
            if (importer.mustRollBack()) {
              throw new RollBack();
            }
            return null;
          });
      committed = true;
    } catch (RollBack e) {
      committed = false;
    }
    return importer.report(committed, new ArrayList<>());
  }

  // ---- read -----------------------------------------------------------------------------

  /** The current revision of {@code id}. */
  public Optional<BankEntry> get(String id) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> table.current(c, id));
  }

  /** Every revision of {@code id}, oldest first. */
  public List<BankEntry> history(String id) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> table.history(c, id));
  }

  /** The number of active entries. */
  public long size() {
    return db.read(c -> table.count(c, true));
  }

  // ---- revisions ------------------------------------------------------------------------

  /**
   * Stores a corrected revision of {@code id}.
   *
   * @param expected the revision the correction was based on, or null for any
   */
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author, Integer expected) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(corrected, "corrected");
    Revisions.requireValidCorrection(id, corrected, reason);
    return db.inWriteTransaction(c -> revisions.revise(c, id, corrected, reason, author, expected));
  }

  /** Retracts {@code id}. */
  public BankEntry retract(String id, String reason, String author) {
    Objects.requireNonNull(id, "id");
    Revisions.requireReason(reason);
    return db.inWriteTransaction(c -> revisions.retract(c, id, reason, author));
  }

  // ---- export and stats -----------------------------------------------------------------

  /** Writes JSONL in the order entries were first stored; returns the lines written. */
  public long export(Writer out, ExportOptions exportOptions) throws IOException {
    long written = 0;
    long afterOrdinal = -1;
    int afterRevision = 0;
    while (true) {
      long o = afterOrdinal;
      int r = afterRevision;
      List<ExportRow> page =
          db.read(c -> table.exportPage(c, exportOptions.allStatuses(), o, r, PAGE));
      for (ExportRow row : page) {
        out.write(exportOptions.withMeta() ? ExportLines.withMeta(row) : row.original());
        out.write('\n');
        written++;
      }
      if (page.size() < PAGE) {
        break;
      }
      ExportRow last = page.get(page.size() - 1);
      afterOrdinal = last.ordinal();
      afterRevision = last.revision();
    }
    out.flush();
    return written;
  }

  /** Counts by polarity, domain, facet, depth, shape and status. */
  public BankStats stats() {
    return db.read(c -> StatsQuery.of(c, table));
  }

  /** Closes the connection. */
  @Override
  public void close() {
    db.close();
  }
}
