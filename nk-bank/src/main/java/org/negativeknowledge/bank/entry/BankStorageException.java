package org.negativeknowledge.bank.entry;

/**
 * The database behind a bank failed (connection refused, disk full, lock held too long). The
 * message names the bank with any password masked.
 */
public final class BankStorageException extends BankException {
  private static final long serialVersionUID = 1L;

  public BankStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
