package org.negativeknowledge.bank.entry;

/** A revise or retract that does not fit the entry's current state (e.g. already retracted). */
public class EntryStateException extends BankException {
  private static final long serialVersionUID = 1L;

  public EntryStateException(String message) {
    super(message);
  }
}
