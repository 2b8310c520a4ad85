package org.negativeknowledge.bank.internal;

import java.util.Locale;
import org.negativeknowledge.validation.FieldLimits;
import org.negativeknowledge.validation.IssueCodes;

/**
 * Which key values of a record a derivation bounds by {@link FieldLimits#MAX_KEY_CHARS} and
 * keeps free of control characters (id, {@code task_id}, {@code domain}, the failure facets;
 * PostgreSQL cannot store U+0000 in a text column). New content is bounded; what the bank
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
   * Refuses {@code value} of key {@code field} when it holds a control character or is longer
   * than the bound; the rejection codes are validation's ({@code control_character}, {@code
   * key_too_long}).
   *
   * @throws InvalidRecordException naming the field and what is wrong
   */
  static void check(String field, String value) throws InvalidRecordException {
    if (value == null) {
      return;
    }
    int control = FieldLimits.controlCharacterAt(value);
    if (control >= 0) {
      throw new InvalidRecordException(IssueCodes.CONTROL_CHARACTER,
          "'" + field + "' holds the control character U+"
              + String.format(Locale.ROOT, "%04X", (int) value.charAt(control)) + " at character "
              + (control + 1) + ": a key cannot hold control characters; remove it");
    }
    if (value.length() <= FieldLimits.MAX_KEY_CHARS) {
      return;
    }
    int chars = value.codePointCount(0, value.length());
    if (chars > FieldLimits.MAX_KEY_CHARS) {
      throw new InvalidRecordException(IssueCodes.KEY_TOO_LONG,
          "'" + field + "' has " + chars + " characters, but id, task_id, domain and the failure facets are"
              + " keys of the bank and may have at most " + FieldLimits.MAX_KEY_CHARS
              + " characters: shorten it (long text belongs in the record's text fields)");
    }
  }
}
