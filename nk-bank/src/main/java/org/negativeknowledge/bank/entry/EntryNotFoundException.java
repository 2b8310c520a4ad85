package org.negativeknowledge.bank.entry;

/** No entry with the given id is in the bank. */
public final class EntryNotFoundException extends BankException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /** @param id the id the bank does not have */
  public EntryNotFoundException(String id) {
    super("this bank has no entry '" + id + "'");
    this.id = id;
  }

  /** The id the bank does not have. */
  public String id() {
    return id;
  }
}
