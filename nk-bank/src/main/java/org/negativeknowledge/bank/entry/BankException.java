package org.negativeknowledge.bank.entry;

import org.negativeknowledge.NkException;

/** Base of the bank's failures that are not caller bugs; subclasses name the failure. */
public class BankException extends NkException {
  private static final long serialVersionUID = 1L;

  public BankException(String message) {
    super(message);
  }

  public BankException(String message, Throwable cause) {
    super(message, cause);
  }
}
