package org.negativeknowledge.bank.entry;

/** An object given to revise (or another single-entry write) that cannot be an entry. */
public final class InvalidEntryException extends BankException {
  private static final long serialVersionUID = 1L;

  public InvalidEntryException(String message) {
    super(message);
  }
}
