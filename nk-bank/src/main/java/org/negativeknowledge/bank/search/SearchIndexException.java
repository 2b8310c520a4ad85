package org.negativeknowledge.bank.search;

import org.negativeknowledge.bank.entry.BankException;

/** The search index could not be opened, read or updated. The message says where and how to fix it. */
public class SearchIndexException extends BankException {
  private static final long serialVersionUID = 1L;

  public SearchIndexException(String message) {
    super(message);
  }

  public SearchIndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
