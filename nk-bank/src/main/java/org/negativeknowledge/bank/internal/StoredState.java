package org.negativeknowledge.bank.internal;

import java.util.Set;
import org.negativeknowledge.bank.entry.EntryStatus;

/**
 * What the store holds for one id, as far as an import needs to know.
 *
 * @param contentHashes the content hash of every revision
 * @param currentRevision the highest revision
 * @param currentStatus that revision's status
 */
record StoredState(Set<String> contentHashes, int currentRevision, EntryStatus currentStatus) {}
