package org.negativeknowledge.bank.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryStatus;

/**
 * Deduplication by failure signature for one import whose records share a {@link CurationOrigin}:
 * a record whose signature key and task match an active entry (stored before, or imported earlier
 * in the same import) is counted as another occurrence of that entry instead of being stored; an
 * LLM record matching an offline-curated entry supersedes it as a new revision instead.
 *
 * <p>Runs inside the importer's write transaction; writes only while the import is writing (an
 * all-or-nothing import with a rejection is rolled back anyway, but still counts).
 */
final class SignatureDedup {

  private record Deferred(String entryId, String source) {}

  private final EntryTable table;
  private final CurationOrigin origin;
  private final String author;
  private final String inputHashesJson;
  private final Instant now;
  private final Map<String, String> importedHere = new HashMap<>();
  private final List<Deferred> deferred = new ArrayList<>();
  private int deduplicated;
  private int superseded;

  SignatureDedup(EntryTable table, CurationOrigin origin, String author, String inputHashesJson, Instant now) {
    this.table = table;
    this.origin = Objects.requireNonNull(origin, "origin");
    this.author = author;
    this.inputHashesJson = inputHashesJson;
    this.now = now;
  }

  /**
   * Counts or supersedes {@code e} when its signature and task match an entry.
   *
   * @return true when the record was absorbed (it must not be stored as a new entry)
   */
  String absorb(Connection c, DerivedEntry e, String source, boolean writing) throws SQLException {
    String here = importedHere.get(taskKey(e.taskId()));
    if (here != null) {
      deduplicated++;
      if (writing) {
        deferred.add(new Deferred(here, source));
      }
      return here;
    }
    Optional<SignatureTable.Match> found = SignatureTable.findActive(c, origin.signatureKey(), e.taskId());
    if (found.isEmpty()) {
      return null;
    }
    SignatureTable.Match m = found.get();
    importedHere.put(taskKey(e.taskId()), m.id());
    if (origin.isLlm()
        && CurationOrigin.OFFLINE.equals(m.curator())
        && !m.contentHash().equals(e.contentHash())) {
      superseded++;
      if (writing) {
        supersede(c, m, e, source);
      }
      return m.id();
    }
    deduplicated++;
    if (writing) {
      count(c, m.id(), m.revision(), source);
    }
    return m.id();
  }

  /** Notes a record stored as a new entry, so later records of this import count on it. */
  void imported(DerivedEntry e) {
    importedHere.putIfAbsent(taskKey(e.taskId()), e.id());
  }

  /** Tags the rows just inserted with the origin and counts the occurrences that waited for them. */
  void afterInsert(Connection c, List<NewRow> rows) throws SQLException {
    for (NewRow r : rows) {
      SignatureTable.tag(c, r.entry().id(), r.revision(), origin.signatureKey(), origin.curator(), 1);
    }
    for (Deferred d : deferred) {
      count(c, d.entryId(), 1, d.source());
    }
    deferred.clear();
  }

  int deduplicated() {
    return deduplicated;
  }

  int superseded() {
    return superseded;
  }

  private void count(Connection c, String id, int revision, String source) throws SQLException {
    long seq = table.allocateSequences(c, 1);
    SignatureTable.addOccurrence(
        c, id, revision, origin.signatureKey(), origin.curator(), source, author, inputHashesJson, now, seq);
  }

  private void supersede(Connection c, SignatureTable.Match m, DerivedEntry e, String source)
      throws SQLException {
    long seq = table.allocateSequences(c, 2);
    table.setStatus(c, m.id(), m.revision(), EntryStatus.SUPERSEDED, seq);
    NewRow row =
        new NewRow(
            e.withId(m.id()),
            m.revision() + 1,
            table.ordinal(c, m.id()),
            EntryStatus.ACTIVE,
            CurationOrigin.SUPERSEDE_REASON,
            source,
            author,
            inputHashesJson);
    table.insert(c, List.of(row), seq + 1, now);
    SignatureTable.tag(c, m.id(), m.revision() + 1, origin.signatureKey(), origin.curator(), m.occurrences());
  }

  private static String taskKey(String taskId) {
    return taskId == null ? "\u0000" : taskId;
  }
}
