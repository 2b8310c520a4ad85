package org.negativeknowledge.bank.graph;

import org.negativeknowledge.bank.entry.BankException;

/** A research graph file has a line that is not a JSON object. */
public class GraphFormatException extends BankException {
  private static final long serialVersionUID = 1L;

  public GraphFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
