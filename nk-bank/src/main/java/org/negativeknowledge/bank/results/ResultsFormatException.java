package org.negativeknowledge.bank.results;

import org.negativeknowledge.bank.entry.BankException;

/** A results log lacks a required column or has a malformed row. */
public class ResultsFormatException extends BankException {
  private static final long serialVersionUID = 1L;

  public ResultsFormatException(String message) {
    super(message);
  }
}
