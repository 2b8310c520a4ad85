package org.negativeknowledge.bank.io;

/**
 * What an export writes.
 *
 * @param allStatuses every revision (superseded and retracted too) instead of active entries only
 * @param withMeta wrap each line as {@code {"id",...,"record":{original}}} instead of writing the
 *     original object alone
 */
public record ExportOptions(boolean allStatuses, boolean withMeta) {

  /** Active entries, original objects only: the form that round-trips byte for byte. */
  public static ExportOptions activeOriginals() {
    return new ExportOptions(false, false);
  }
}
