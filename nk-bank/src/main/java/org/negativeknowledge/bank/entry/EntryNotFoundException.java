package org.negativeknowledge.bank.entry;

/** No entry with the given id is in the bank. */
public final class EntryNotFoundException extends BankException {
  private static final long serialVersionUID = 1L;

  public EntryNotFoundException(String id) {
    super("no entry with id '" + id + "' in the bank (list ids with: nk bank export --with-meta)");
  }
}
