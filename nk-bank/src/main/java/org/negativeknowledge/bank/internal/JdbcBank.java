package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.negativeknowledge.NkException;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.BankEntry;
import org.negativeknowledge.bank.CurationOrigin;
import org.negativeknowledge.bank.Occurrence;
import org.negativeknowledge.bank.BankStats;
import org.negativeknowledge.bank.ChangeFeed;
import org.negativeknowledge.bank.EntryNotFoundException;
import org.negativeknowledge.bank.EntryStateException;
import org.negativeknowledge.bank.EntryStatus;
import org.negativeknowledge.bank.ExportOptions;
import org.negativeknowledge.bank.ImportOptions;
import org.negativeknowledge.bank.ImportReport;
import org.negativeknowledge.bank.InvalidEntryException;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchIndex;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.bank.search.internal.OriginalTextFeed;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.bank.store.Database;
import org.negativeknowledge.bank.store.Migrations;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import org.negativeknowledge.validation.stream.RecordSourceReader;
import org.negativeknowledge.validation.stream.SourceRecord;

/** The {@link Bank} over SQLite or PostgreSQL through JDBC, with a Lucene index beside it. */
public final class JdbcBank implements Bank, ChangeFeed, OriginalTextFeed {
  private static final int PAGE = 2000;

  private final Database db;
  private final EntryTable table;
  private final OpenOptions options;
  private final Path indexDirectory;
  private SearchIndex index; // guarded by this

  private JdbcBank(Database db, OpenOptions options) {
    this.db = db;
    this.table = new EntryTable(db.dialect());
    this.options = options;
    this.indexDirectory =
        options.indexDirectory() != null
            ? options.indexDirectory()
            : db.location().defaultIndexDirectory();
  }

  /** Opens the bank at {@code url}, applying missing schema steps. */
  public static JdbcBank open(String url, OpenOptions options) {
    Objects.requireNonNull(options, "options");
    Database db = Database.connect(BankLocation.parse(url), options.busyTimeout());
    try {
      Migrations.apply(db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return new JdbcBank(db, options);
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
      index = SearchIndex.open(indexDirectory, this);
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
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(corrected, "corrected");
    requireReason(reason);
    if (corrected.has("id") && !(corrected.get("id").isTextual() && corrected.get("id").textValue().equals(id))) {
      throw new EntryStateException(
          "the corrected record has id " + NkJson.compact(corrected.get("id")) + " but revises '" + id
              + "': keep the id, or import it as a new entry");
    }
    BankEntry revised =
        db.inWriteTransaction(
            c -> {
              table.lockWriters(c);
              BankEntry cur = table.current(c, id).orElseThrow(() -> new EntryNotFoundException(id));
              if (cur.original().has("id") && !corrected.has("id")) {
                throw new EntryStateException(
                    "the corrected record has no \"id\"; entry '" + id + "' carries one: add \"id\": \""
                        + id + "\" to the corrected record");
              }
              DerivedEntry next = derive(corrected, cur.domain()).withId(id);
              if (next.contentHash().equals(CanonicalJson.sha256(cur.original()))) {
                throw new EntryStateException(
                    "the corrected record is identical to revision " + cur.revision() + " of '" + id
                        + "': nothing to revise");
              }
              return replace(c, cur, next, EntryStatus.ACTIVE, reason, author);
            });
    followWrites();
    return revised;
  }

  @Override
  public BankEntry retract(String id, String reason, String author) {
    Objects.requireNonNull(id, "id");
    requireReason(reason);
    BankEntry retracted =
        db.inWriteTransaction(
            c -> {
              table.lockWriters(c);
              BankEntry cur = table.current(c, id).orElseThrow(() -> new EntryNotFoundException(id));
              if (cur.status() == EntryStatus.RETRACTED) {
                throw new EntryStateException(
                    "entry '" + id + "' is already retracted (revision " + cur.revision() + ": "
                        + cur.reason() + ")");
              }
              DerivedEntry same = derive(cur.original(), cur.domain()).withId(id);
              return replace(c, cur, same, EntryStatus.RETRACTED, reason, author);
            });
    followWrites();
    return retracted;
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required (--reason \"...\")");
    }
  }

  private DerivedEntry derive(ObjectNode record, String domainTag) {
    try {
      return new EntryDerivation(TaxonomyProfile.exploration(), domainTag).derive(record);
    } catch (InvalidRecordException e) {
      throw new InvalidEntryException(e.getMessage());
    }
  }

  private BankEntry replace(
      Connection c, BankEntry cur, DerivedEntry next, EntryStatus status, String reason, String author)
      throws SQLException {
    long seq = table.allocateSequences(c, 2);
    table.setStatus(c, cur.id(), cur.revision(), EntryStatus.SUPERSEDED, seq);
    String who = author != null && !author.isBlank() ? author : options.effectiveAuthor();
    NewRow row =
        new NewRow(
            next,
            cur.revision() + 1,
            table.ordinal(c, cur.id()),
            status,
            reason,
            cur.provenance().sourceFile(),
            who,
            EntryTable.hashesJson(cur.provenance().inputHashes()));
    table.insert(c, List.of(row), seq + 1, Instant.now());
    if (cur.signatureKey() != null) {
      // A person's revision keeps the failure and its count, but is no longer the curator's.
      SignatureTable.tag(c, cur.id(), cur.revision() + 1, cur.signatureKey(),
          status == EntryStatus.RETRACTED ? cur.provenance().curator() : null, cur.occurrences());
    }
    return table.current(c, cur.id()).orElseThrow();
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
    return db.read(
        c -> {
          Map<Facet, Map<String, Long>> byFacet = new EnumMap<>(Facet.class);
          for (Facet f : Facet.values()) {
            Map<String, Long> values = table.countBy(c, "facet_" + f.fieldName(), true);
            values.remove("(none)");
            byFacet.put(f, values);
          }
          Map<Integer, Long> byDepth = new LinkedHashMap<>();
          table.countBy(c, "depth", true).forEach((k, v) -> byDepth.put(Integer.valueOf(k), v));
          Map<EntryStatus, Long> byStatus = new EnumMap<>(EntryStatus.class);
          table.countBy(c, "status", false).forEach((k, v) -> byStatus.put(EntryStatus.fromWireName(k), v));
          return new BankStats(
              table.count(c, true),
              table.count(c, false),
              table.countBy(c, "polarity", true),
              table.countBy(c, "domain", true),
              byFacet,
              byDepth,
              table.countBy(c, "shape", true),
              byStatus);
        });
  }

  // ---- change feed ----------------------------------------------------------------------

  @Override
  public ChangeFeed changes() {
    return this;
  }

  @Override
  public long lastSequence() {
    return db.read(table::lastSequence);
  }

  @Override
  public void forEachChangeSince(long afterSequence, Consumer<BankEntry> sink) {
    forEachChangeWithOriginalText(afterSequence, (entry, originalText) -> sink.accept(entry));
  }

  @Override
  public void forEachChangeWithOriginalText(long afterSequence, BiConsumer<BankEntry, String> sink) {
    long after = afterSequence;
    while (true) {
      long from = after;
      List<ChangedRow> page = db.read(c -> table.changesSince(c, from, PAGE));
      for (ChangedRow row : page) {
        sink.accept(row.entry(), row.originalText());
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).entry().sequence();
    }
  }

  // ---- search ---------------------------------------------------------------------------

  @Override
  public SearchResults search(SearchQuery query) {
    return index().search(query);
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
  public void reindex() {
    index().rebuild();
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
