package org.negativeknowledge.bank.internal;

import org.negativeknowledge.validation.FieldLimits;

/**
 * Which key values of a record a derivation bounds by {@link FieldLimits#MAX_KEY_CHARS} (id,
 * {@code task_id}, {@code domain}, the failure facets). New content is bounded; what the bank
 * already holds is taken as it is, so an entry stored before the bound can still be corrected and
 * retracted.
 */
enum KeyFieldBounds {
  /** Every key of the record and the import's domain tag: what an import brings in. */
  ALL,
  /** The keys the record itself sets, except an id it keeps from the stored entry: a correction. */
  RECORD_ONLY,
  /** None: content already stored (a retraction copies it). */
  NONE;

  /**
   * Refuses {@code value} of key {@code field} when it is longer than the bound.
   *
   * @throws InvalidRecordException naming the field, its length and the bound
   */
  static void check(String field, String value) throws InvalidRecordException {
    if (value == null || value.length() <= FieldLimits.MAX_KEY_CHARS) {
      return;
    }
    int chars = value.codePointCount(0, value.length());
    if (chars > FieldLimits.MAX_KEY_CHARS) {
      throw new InvalidRecordException(
          "'" + field + "' has " + chars + " characters, but id, task_id, domain and the failure facets are"
              + " keys of the bank and may have at most " + FieldLimits.MAX_KEY_CHARS
              + " characters: shorten it (long text belongs in the record's text fields)");
    }
  }
}
