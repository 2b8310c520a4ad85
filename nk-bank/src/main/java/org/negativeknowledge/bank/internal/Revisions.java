package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.InvalidEntryException;
import org.negativeknowledge.bank.entry.RevisionConflictException;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * Corrections and retractions: each writes the entry's next revision and marks the current one
 * superseded, inside the caller's write transaction (whose writer lock it takes first).
 */
final class Revisions {
  private final EntryTable table;
  private final String defaultAuthor;

  Revisions(EntryTable table, String defaultAuthor) {
    this.table = table;
    this.defaultAuthor = defaultAuthor;
  }

  /** Checks what can be checked before the transaction. */
  static void requireValidCorrection(String id, ObjectNode corrected, String reason) {
    requireReason(reason);
    if (corrected.has("id") && !(corrected.get("id").isTextual() && corrected.get("id").textValue().equals(id))) {
      throw new EntryStateException(
          "the corrected record has id " + NkJson.compact(corrected.get("id")) + " but revises '" + id
              + "': keep the id, or import it as a new entry");
    }
  }

  static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reason is required (--reason \"...\")");
    }
  }

  /**
   * Stores {@code corrected} as the next revision of {@code id}.
   *
   * @param expectedRevision the revision the correction was based on; null accepts any
   * @throws RevisionConflictException when the current revision is not {@code expectedRevision}
   */
  BankEntry revise(Connection c, String id, ObjectNode corrected, String reason, String author, Integer expectedRevision)
      throws SQLException {
    table.lockWriters(c);
    BankEntry cur = table.current(c, id).orElseThrow(() -> new EntryNotFoundException(id));
    if (expectedRevision != null && cur.revision() != expectedRevision) {
      throw new RevisionConflictException(id, expectedRevision, cur.revision());
    }
    if (cur.original().has("id") && !corrected.has("id")) {
      throw new EntryStateException(
          "the corrected record has no \"id\"; entry '" + id + "' carries one: add \"id\": \"" + id
              + "\" to the corrected record");
    }
    DerivedEntry next = derive(corrected, cur.domain(), KeyFieldBounds.RECORD_ONLY).withId(id);
    if (next.contentHash().equals(CanonicalJson.sha256(cur.original()))) {
      throw new EntryStateException(
          "the corrected record is identical to revision " + cur.revision() + " of '" + id
              + "': nothing to revise");
    }
    return replace(c, cur, next, EntryStatus.ACTIVE, reason, author);
  }

  /** Retracts {@code id}: the next revision has the same content and status retracted. */
  BankEntry retract(Connection c, String id, String reason, String author) throws SQLException {
    table.lockWriters(c);
    BankEntry cur = table.current(c, id).orElseThrow(() -> new EntryNotFoundException(id));
    if (cur.status() == EntryStatus.RETRACTED) {
      throw new EntryStateException(
          "entry '" + id + "' is already retracted (revision " + cur.revision() + ": " + cur.reason() + ")");
    }
    DerivedEntry same = derive(cur.original(), cur.domain(), KeyFieldBounds.NONE).withId(id);
    return replace(c, cur, same, EntryStatus.RETRACTED, reason, author);
  }

  private static DerivedEntry derive(ObjectNode record, String domainTag, KeyFieldBounds bounds) {
    try {
      return new EntryDerivation(TaxonomyProfile.exploration(), domainTag).derive(record, bounds);
    } catch (InvalidRecordException e) {
      throw new InvalidEntryException(e.getMessage());
    }
  }

  private BankEntry replace(
      Connection c, BankEntry cur, DerivedEntry next, EntryStatus status, String reason, String author)
      throws SQLException {
    long seq = table.allocateSequences(c, 2);
    table.setStatus(c, cur.id(), cur.revision(), EntryStatus.SUPERSEDED, seq);
    String who = author != null && !author.isBlank() ? author : defaultAuthor;
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
}
