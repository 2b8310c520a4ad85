package org.negativeknowledge.bank.internal;

import org.negativeknowledge.bank.io.Rejection;

/** A record the bank refuses to store; the message says what is wrong and how to fix it. */
final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String code;

  /** A record that cannot be an entry ({@link Rejection#INVALID_ENTRY}). */
  InvalidRecordException(String message) {
    this(Rejection.INVALID_ENTRY, message);
  }

  /** A refusal with its own code (one of {@link Rejection}'s). */
  InvalidRecordException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The rejection code. */
  String code() {
    return code;
  }
}
