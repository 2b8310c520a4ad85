package org.negativeknowledge.bank.internal;

/** A record the bank refuses to store; the message says what is wrong and how to fix it. */
final class InvalidRecordException extends Exception {
  private static final long serialVersionUID = 1L;

  InvalidRecordException(String message) {
    super(message, null, false, false);
  }
}
