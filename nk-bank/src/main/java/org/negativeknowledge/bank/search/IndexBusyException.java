package org.negativeknowledge.bank.search;

/**
 * Another process (or another index instance in this one) held the index's write lock for longer
 * than the configured wait.
 */
public class IndexBusyException extends SearchIndexException {
  private static final long serialVersionUID = 1L;

  public IndexBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
