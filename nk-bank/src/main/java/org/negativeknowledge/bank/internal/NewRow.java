package org.negativeknowledge.bank.internal;

import org.negativeknowledge.bank.entry.EntryStatus;

/**
 * One revision about to be inserted.
 *
 * @param entry what was derived from the object
 * @param revision its revision number
 * @param ordinal the entry's place in export order (the sequence of its first revision)
 * @param status its status
 * @param reason why this revision exists, or null
 * @param source provenance source
 * @param author provenance author
 * @param inputHashesJson provenance input hashes as a JSON object
 */
record NewRow(
    DerivedEntry entry,
    int revision,
    long ordinal,
    EntryStatus status,
    String reason,
    String source,
    String author,
    String inputHashesJson) {}
