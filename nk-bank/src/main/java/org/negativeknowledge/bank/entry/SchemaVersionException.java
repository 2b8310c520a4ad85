package org.negativeknowledge.bank.entry;

/** A bank was written by a newer version of nk than this build understands. */
public final class SchemaVersionException extends BankException {
  private static final long serialVersionUID = 1L;
  private final int found;
  private final int supported;

  public SchemaVersionException(String bank, int found, int supported) {
    super(
        bank
            + ": the bank has schema version "
            + found
            + ", made by a newer nk; this build supports up to version "
            + supported
            + " (upgrade nk to open it; the bank was not changed)");
    this.found = found;
    this.supported = supported;
  }

  /** The schema version recorded in the bank. */
  public int found() {
    return found;
  }

  /** The newest schema version this build knows. */
  public int supported() {
    return supported;
  }
}
