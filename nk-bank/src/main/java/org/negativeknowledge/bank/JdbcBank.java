package org.negativeknowledge.bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.NkException;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.ConsultationSettings;
import org.negativeknowledge.bank.consult.internal.JdbcConsultationLedger;
import org.negativeknowledge.bank.consult.internal.LedgerEntries;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.Occurrence;
import org.negativeknowledge.bank.internal.EntryStore;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.embed.Embeddings;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.Candidate;
import org.negativeknowledge.bank.search.CandidateQuery;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchIndex;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.bank.store.BankLocation;

/**
 * The {@link Bank} over SQLite or PostgreSQL: the one place where a bank's store ({@link
 * EntryStore}), its Lucene index ({@link SearchIndex}, derived from the store's change feed) and its
 * consultation ledger are wired together. Every write goes to the store first; the index follows.
 */
final class JdbcBank implements Bank {
  private final EntryStore store;
  private final OpenOptions options;
  private final Path indexDirectory;
  private final LedgerEntries ledgerEntries;
  private final HybridCandidates hybrid = new HybridCandidates(Embeddings.configured());
  private SearchIndex index; // guarded by this

  private JdbcBank(EntryStore store, OpenOptions options) {
    this.store = store;
    this.options = options;
    this.indexDirectory =
        options.indexDirectory() != null ? options.indexDirectory() : store.defaultIndexDirectory();
    this.ledgerEntries =
        new LedgerEntries() {
          @Override
          public SearchResults search(SearchQuery query) {
            return JdbcBank.this.search(query);
          }

          @Override
          public List<Candidate> candidates(CandidateQuery query) {
            return JdbcBank.this.candidates(query);
          }

          @Override
          public Optional<BankEntry> get(String id) {
            return store.get(id);
          }
        };
  }

  /** Opens the bank at {@code url}; see {@link Bank#open(String, OpenOptions)}. */
  static JdbcBank open(String url, OpenOptions options) {
    Objects.requireNonNull(options, "options");
    EntryStore store = EntryStore.open(
        BankLocation.parse(url), options.busyTimeout(), options.createIfMissing(), options.effectiveAuthor());
    return new JdbcBank(store, options);
  }

  @Override
  public String location() {
    return store.location();
  }

  // ---- writes: the store, then the index ------------------------------------------------

  @Override
  public ImportReport importEntries(List<Path> inputs, ImportOptions importOptions) {
    return followed(store.importEntries(inputs, importOptions));
  }

  @Override
  public ImportReport importRecords(List<ObjectNode> records, String label, ImportOptions importOptions) {
    return followed(store.importRecords(records, label, importOptions));
  }

  @Override
  public ImportReport importCurated(
      List<ObjectNode> records, String label, ImportOptions importOptions, CurationOrigin origin) {
    return followed(store.importCurated(records, label, importOptions, origin));
  }

  @Override
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author) {
    BankEntry revised = store.revise(id, corrected, reason, author, null);
    followWrites();
    return revised;
  }

  @Override
  public BankEntry revise(String id, ObjectNode corrected, String reason, String author, int expectedRevision) {
    if (expectedRevision < 1) {
      throw new IllegalArgumentException("an expected revision is 1 or more, got " + expectedRevision);
    }
    BankEntry revised = store.revise(id, corrected, reason, author, expectedRevision);
    followWrites();
    return revised;
  }

  @Override
  public BankEntry retract(String id, String reason, String author) {
    BankEntry retracted = store.retract(id, reason, author);
    followWrites();
    return retracted;
  }

  /** The report of a committed import, with a note when the index could not follow yet. */
  private ImportReport followed(ImportReport report) {
    if (!report.committed()) {
      return report;
    }
    Optional<String> note = followWrites();
    return note.isEmpty() ? report : report.withWarning(note.get());
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
              + "); it catches up at the next search, or when the index is rebuilt");
    }
  }

  private synchronized SearchIndex index() {
    if (index == null) {
      index = SearchIndex.open(indexDirectory, store.changes());
    }
    return index;
  }

  // ---- reads ----------------------------------------------------------------------------

  @Override
  public List<Occurrence> occurrences(String id) {
    return store.occurrences(id);
  }

  @Override
  public Optional<BankEntry> get(String id) {
    return store.get(id);
  }

  @Override
  public List<BankEntry> history(String id) {
    return store.history(id);
  }

  @Override
  public long size() {
    return store.size();
  }

  @Override
  public long export(Writer out, ExportOptions exportOptions) throws IOException {
    return store.export(out, exportOptions);
  }

  @Override
  public BankStats stats() {
    return store.stats();
  }

  @Override
  public ChangeFeed changes() {
    return store.changes();
  }

  // ---- search and consultation ----------------------------------------------------------

  @Override
  public SearchResults search(SearchQuery query) {
    return index().search(query);
  }

  @Override
  public List<Candidate> candidates(CandidateQuery query) {
    hybrid.prepare(); // the model loads while the index opens and catches up
    try {
      return hybrid.candidates(index(), query);
    } catch (RuntimeException e) {
      hybrid.awaitPrepared(); // the caller may exit: not while the model is loading
      throw e;
    }
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
  public ConsultationLedger consultations() {
    return JdbcConsultationLedger.of(ledgerEntries, store.database(), ConsultationSettings.defaults());
  }

  @Override
  public synchronized void reindex() {
    if (index != null) {
      index.rebuild();
    } else {
      // Not opened yet: the folder may hold an index that cannot even be opened any more.
      index = SearchIndex.openRebuilt(indexDirectory, store.changes(), SearchIndex.DEFAULT_LOCK_WAIT);
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
      store.close();
    }
  }
}
