package org.negativeknowledge.bank.entry;

import org.negativeknowledge.bank.Bank;

/**
 * {@link Bank#openExisting(String)} found no bank at the location: no SQLite file there, or a
 * database (or file) that nk never wrote a bank into. Nothing was created.
 */
public final class BankNotFoundException extends BankException {
  private static final long serialVersionUID = 1L;
  private final String location;

  /**
   * @param location where the bank was looked for, with any password masked
   * @param detail what was found there instead, or null
   */
  public BankNotFoundException(String location, String detail) {
    super(
        "no bank at " + location + (detail == null ? "" : " (" + detail + ")"));
    this.location = location;
  }

  /** Where the bank was looked for, with any password masked. */
  public String location() {
    return location;
  }
}
