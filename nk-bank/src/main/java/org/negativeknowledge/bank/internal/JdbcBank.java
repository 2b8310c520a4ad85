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
import org.negativeknowledge.NkException;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.BankEntry;
import org.negativeknowledge.bank.BankNotFoundException;
import org.negativeknowledge.bank.BankStats;
import org.negativeknowledge.bank.ChangeFeed;
import org.negativeknowledge.bank.CurationOrigin;
import org.negativeknowledge.bank.ExportOptions;
import org.negativeknowledge.bank.ImportOptions;
import org.negativeknowledge.bank.ImportReport;
import org.negativeknowledge.bank.Occurrence;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.embed.Embeddings;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.Candidate;
import org.negativeknowledge.bank.search.CandidateQuery;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchIndex;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.bank.store.BankIdentity;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;
import org.negativeknowledge.bank.store.Dialect;
import org.negativeknowledge.bank.store.Migrations;
import org.negativeknowledge.validation.stream.RecordSourceReader;
import org.negativeknowledge.validation.stream.SourceRecord;

/** The {@link Bank} over SQLite or PostgreSQL through JDBC, with a Lucene index beside it. */
public final class JdbcBank implements Bank {
  private static final int PAGE = 2000;

  private final Database db;
  private final EntryTable table;
  private final OpenOptions options;
  private final Path indexDirectory;
  private final StoreFeed feed;
  private final Revisions revisions;
  private final HybridCandidates hybrid = new HybridCandidates(Embeddings.configured());
  private SearchIndex index; // guarded by this

  private JdbcBank(Database db, OpenOptions options, String bankId) {
    this.db = db;
    this.table = new EntryTable(db.dialect());
    this.options = options;
    this.indexDirectory =
        options.indexDirectory() != null
            ? options.indexDirectory()
            : db.location().defaultIndexDirectory();
    this.feed = new StoreFeed(db, table, bankId);
    this.revisions = new Revisions(table, options.effectiveAuthor());
  }

  /**
   * Opens the bank at {@code url}, applying missing schema steps; with {@link
   * OpenOptions#createIfMissing()} false, only a bank that exists.
   *
   * @throws BankNotFoundException when there is no bank and none may be created
   */
  public static JdbcBank open(String url, OpenOptions options) {
    Objects.requireNonNull(options, "options");
    BankLocation location = BankLocation.parse(url);
    boolean create = options.createIfMissing();
    if (!create && location.dialect() == Dialect.SQLITE && !Files.isRegularFile(location.sqliteFile())) {
      throw new BankNotFoundException(location.masked(), null);
    }
    Database db = Database.connect(location, options.busyTimeout(), create);
    try {
      if (!create && !Migrations.isBank(db)) {
        throw new BankNotFoundException(
            location.masked(),
            location.dialect() == Dialect.SQLITE ? "the file is not an nk bank" : "the database holds no nk bank");
      }
      Migrations.apply(db);
      return new JdbcBank(db, options, BankIdentity.read(db));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The shared database, for other packages of nk-bank that keep tables in the same store. */
  public Database database() {
    return db;
  }

  @Override
  public String location() {
    return db.location().masked();
  }

  // ---- import ---------------------------------------------------------------------------

  /** Signals "roll back, the report says why" out of a transaction. */
  private static final class RollBack extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RollBack() {
      super(null, null, false, false);
    }
  }

  @Override
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

  @Override
  public ImportReport importRecords(List<ObjectNode> records, String label, ImportOptions importOptions) {
    return runImport(importOptions, null, inMemory(records, label));
  }

  @Override
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

  @Override
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
    String author = importOptions.author() != null ? importOptions.author() : options.effectiveAuthor();
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
    List<String> warnings = new ArrayList<>();
    if (committed) {
      followWrites().ifPresent(warnings::add);
    }
    return importer.report(committed, warnings);
  }

  /** Brings the index up after a write; a failure is a note, since the index catches up later. */
  private synchronized Optional<String> followWrites() {
    if (!options.indexOnWrite()) {
      return Optional.empty();
    }
    try {
      index().catchUp();
      return Optional.empty();
    } catch (NkException e) {
      return Optional.of(
          "the search index was not updated yet (" + e.getMessage()
              + "); it catches up at the next search, or run: nk bank reindex");
    }
  }

  private synchronized SearchIndex index() {
    if (index == null) {
      index = SearchIndex.open(indexDirectory, feed);
    }
    return index;
  }

  // ---- read -----------------------------------------------------------------------------

  @Override
  public Optional<BankEntry> get(String id) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> table.current(c, id));
  }

  @Override
  public List<BankEntry> history(String id) {
    Objects.requireNonNull(id, "id");
    return db.read(c -> table.history(c, id));
  }

  @Override
  public long size() {
    return db.read(c -> table.count(c, true));
  }

  // ---- revisions ------------------------------------------------------------------------

  @Override
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author) {
    return revise(id, corrected, reason, author, null);
  }

  @Override
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author, int expectedRevision) {
    if (expectedRevision < 1) {
      throw new IllegalArgumentException("an expected revision is 1 or more, got " + expectedRevision);
    }
    return revise(id, corrected, reason, author, Integer.valueOf(expectedRevision));
  }

  private BankEntry revise(String id, ObjectNode corrected, String reason, String author, Integer expected) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(corrected, "corrected");
    Revisions.requireValidCorrection(id, corrected, reason);
    BankEntry revised =
        db.inWriteTransaction(c -> revisions.revise(c, id, corrected, reason, author, expected));
    followWrites();
    return revised;
  }

  @Override
  public BankEntry retract(String id, String reason, String author) {
    Objects.requireNonNull(id, "id");
    Revisions.requireReason(reason);
    BankEntry retracted = db.inWriteTransaction(c -> revisions.retract(c, id, reason, author));
    followWrites();
    return retracted;
  }

  // ---- export and stats -----------------------------------------------------------------

  @Override
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

  @Override
  public BankStats stats() {
    return db.read(c -> StatsQuery.of(c, table));
  }

  // ---- change feed ----------------------------------------------------------------------

  @Override
  public ChangeFeed changes() {
    return feed;
  }

  // ---- search ---------------------------------------------------------------------------

  @Override
  public SearchResults search(SearchQuery query) {
    return index().search(query);
  }

  @Override
  public List<Candidate> candidates(CandidateQuery query) {
    return hybrid.candidates(index(), query);
  }

  @Override
  public RenderedMemory render(SearchQuery query, int tokenBudget) {
    List<BankEntry> entries = new ArrayList<>();
    for (SearchHit h : search(query).hits()) {
      entries.add(h.entry());
    }
    return MemoryRenderer.standard().renderItems(consultations().renderItems(entries), tokenBudget);
  }

  @Override
  public org.negativeknowledge.bank.consult.ConsultationLedger consultations() {
    return org.negativeknowledge.bank.consult.internal.JdbcConsultationLedger.of(
        this, db, org.negativeknowledge.bank.consult.ConsultationSettings.defaults());
  }

  @Override
  public synchronized void reindex() {
    if (index != null) {
      index.rebuild();
    } else {
      // Not opened yet: the folder may hold an index that cannot even be opened any more.
      index = SearchIndex.openRebuilt(indexDirectory, feed, SearchIndex.DEFAULT_LOCK_WAIT);
    }
    hybrid.embedAll(index);
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) {
        index.close();
        index = null;
      }
    } finally {
      db.close();
    }
  }
}
