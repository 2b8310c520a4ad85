package org.negativeknowledge.bank.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.stream.SourceRecord;

/**
 * One import inside one write transaction: records arrive one by one, are checked and written in
 * chunks with batched prepared statements. Once a record is rejected in all-or-nothing mode the
 * importer stops writing (the transaction will be rolled back) but keeps checking, so the report
 * counts every rejection by code. Memory stays bounded: a chunk of records, the first {@link
 * ImportReport#LISTED_REJECTIONS} rejections and one counter per rejection code.
 */
final class Importer {
  private static final int CHUNK = 1000;
  private static final int PROGRESS_EVERY = 5000;

  private record Pending(SourceRecord source, DerivedEntry entry) {}

  private final EntryTable table;
  private final EntryDerivation derivation;
  private final ImportOptions options;
  private final String author;
  private final String inputHashesJson;
  private final Instant now = Instant.now();
  private final List<SourceRecord> chunk = new ArrayList<>(CHUNK);
  private final List<Rejection> listed = new ArrayList<>();
  private final Map<String, Long> rejectionCounts = new LinkedHashMap<>();
  private final List<String> entryIds = new ArrayList<>();
  private int rejected;
  private int imported;
  private int unchanged;
  private int withIssues;
  private long read;
  private final SignatureDedup dedup; // null: no curation origin, no deduplication

  Importer(EntryTable table, ImportOptions options, String author) {
    this(table, options, author, null);
  }

  /** An importer that deduplicates by {@code origin}'s signature key (null: no deduplication). */
  Importer(EntryTable table, ImportOptions options, String author, org.negativeknowledge.bank.entry.CurationOrigin origin) {
    this.table = table;
    this.derivation = new EntryDerivation(options.profile(), options.domain());
    this.options = options;
    this.author = author;
    this.inputHashesJson = EntryTable.hashesJson(options.inputHashes());
    this.dedup = origin == null ? null : new SignatureDedup(table, origin, author, inputHashesJson, now);
  }

  void accept(Connection c, SourceRecord r) throws SQLException {
    chunk.add(r);
    read++;
    if (read % PROGRESS_EVERY == 0) {
      options.progress().onProgress(read, r.file());
    }
    if (chunk.size() >= CHUNK) {
      flush(c);
    }
  }

  void finish(Connection c, String lastSource) throws SQLException {
    flush(c);
    options.progress().onProgress(read, lastSource);
  }

  boolean mustRollBack() {
    return rejected > 0 && !options.skipInvalid();
  }

  ImportReport report(boolean committed, List<String> extraWarnings) {
    List<String> warnings = new ArrayList<>();
    if (withIssues > 0) {
      warnings.add(
          withIssues
              + " imported record(s) have reference-validation issues (profile "
              + options.profile().name()
              + "); they are stored with the entries");
    }
    warnings.addAll(extraWarnings);
    return new ImportReport(
        imported, unchanged, rejected, listed, rejectionCounts, warnings, committed,
        dedup == null ? 0 : dedup.deduplicated(), dedup == null ? 0 : dedup.superseded(), entryIds);
  }

  private boolean writing() {
    return options.skipInvalid() || rejected == 0;
  }

  private void listEntry(String id) {
    if (entryIds.size() < ImportReport.LISTED_ENTRIES) {
      entryIds.add(id);
    }
  }

  private void reject(Rejection r) {
    rejected++;
    rejectionCounts.merge(r.code(), 1L, Long::sum);
    if (listed.size() < ImportReport.LISTED_REJECTIONS) {
      listed.add(r);
    }
  }

  private static Rejection unreadable(SourceRecord r) {
    ValidationIssue p = r.problem();
    return new Rejection(r.location(), p.code(), p.path().isEmpty() ? p.message() : p.path() + ": " + p.message());
  }

  /** Whether the signature dedup counted {@code e} on an entry of the bank (listing that entry). */
  private boolean absorbed(Connection c, DerivedEntry e, Pending p) throws SQLException {
    String on = dedup.absorb(c, e, options.source() != null ? options.source() : p.source().file(), writing());
    if (on == null) {
      return false;
    }
    listEntry(on);
    return true;
  }

  private void flush(Connection c) throws SQLException {
    if (chunk.isEmpty()) {
      return;
    }
    // Deriving (hashing, validating) is the CPU-heavy part and independent per record: spread it
    // over the cores, then continue in input order.
    List<Object> derived =
        chunk.parallelStream()
            .<Object>map(
                r -> {
                  if (r.problem() != null) {
                    return unreadable(r);
                  }
                  try {
                    return new Pending(r, derivation.derive(r.record()));
                  } catch (InvalidRecordException e) {
                    return new Rejection(r.location(), e.code(), e.getMessage());
                  }
                })
            .toList();
    chunk.clear();
    List<Pending> pending = new ArrayList<>(derived.size());
    for (Object o : derived) {
      if (o instanceof Pending p) {
        pending.add(p);
      } else {
        reject((Rejection) o);
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (Pending p : pending) {
      ids.add(p.entry().id());
    }
    Map<String, StoredState> stored = table.states(c, ids);
    Map<String, Pending> inChunk = new HashMap<>();
    List<NewRow> rows = new ArrayList<>();
    for (Pending p : pending) {
      DerivedEntry e = p.entry();
      Pending earlier = inChunk.get(e.id());
      StoredState state = stored.get(e.id());
      if (earlier != null) {
        if (earlier.entry().contentHash().equals(e.contentHash())) {
          unchanged++;
          listEntry(e.id());
        } else {
          reject(
              new Rejection(
                  p.source().location(),
                  Rejection.DUPLICATE_ID,
                  "id '" + e.id() + "' appears earlier in this import (" + earlier.source().location()
                      + ") with different content; give one of them another id"));
        }
      } else if (dedup != null && absorbed(c, e, p)) {
        continue; // counted as an occurrence of, or superseding, the entry with its signature
      } else if (state != null) {
        if (state.contentHashes().contains(e.contentHash())) {
          unchanged++;
          listEntry(e.id());
        } else {
          reject(
              new Rejection(
                  p.source().location(),
                  Rejection.ID_CONFLICT,
                  "id '" + e.id() + "' is already in the bank with different content (revision "
                      + state.currentRevision() + ", " + state.currentStatus().wireName()
                      + "); correct it as a revision of that entry, or give this record another id"));
        }
      } else {
        inChunk.put(e.id(), p);
        if (dedup != null) {
          dedup.imported(e);
        }
        imported++;
        listEntry(e.id());
        if (!e.warnings().isEmpty()) {
          withIssues++;
        }
        String source = options.source() != null ? options.source() : p.source().file();
        rows.add(new NewRow(e, 1, 0, EntryStatus.ACTIVE, null, source, author, inputHashesJson));
      }
    }
    if (!rows.isEmpty() && writing()) {
      long first = table.allocateSequences(c, rows.size());
      table.insert(c, rows, first, now);
    }
    if (dedup != null && writing()) {
      dedup.afterInsert(c, rows);
    }
  }
}
