package org.negativeknowledge.bank.consult;

import org.negativeknowledge.bank.entry.BankException;

/** Base of the consultation protocol's failures; subclasses name the failure. */
public class ConsultationException extends BankException {
  private static final long serialVersionUID = 1L;

  public ConsultationException(String message) {
    super(message);
  }
}
