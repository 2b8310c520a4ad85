package org.negativeknowledge.bank.io;

import java.util.Objects;

/**
 * One record an import did not store.
 *
 * @param source where it was, as {@code file:line}: the line of a JSONL record, 1 for a {@code
 *     .json} file (one record); {@code label:n} for records given in memory
 * @param code why, as a stable code: a reading problem's issue code ({@code malformed_json},
 *     {@code invalid_utf8}, {@code duplicate_key}, {@code invalid_unicode}, {@code too_long},
 *     {@code too_deep}, {@code wrong_type}) or one of the constants here
 * @param reason what is wrong and how to fix it
 */
public record Rejection(String source, String code, String reason) {
  /** The object has none of the fields of an NK record or a knowledge entry. */
  public static final String NOT_A_RECORD = "not_a_record";
  /** The object cannot be an entry: a bad {@code id}, {@code failure}, {@code task_id} or {@code domain}. */
  public static final String INVALID_ENTRY = "invalid_entry";
  /** Its id is already in the bank with other content (a revision is the way to change it). */
  public static final String ID_CONFLICT = "id_conflict";
  /** Its id appears earlier in the same import with other content. */
  public static final String DUPLICATE_ID = "duplicate_id";

  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code source: reason [code]}, as the command line prints it. */
  @Override
  public String toString() {
    return source + ": " + reason + " [" + code + "]";
  }
}
