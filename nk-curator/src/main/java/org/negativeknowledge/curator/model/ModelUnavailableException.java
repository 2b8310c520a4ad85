package org.negativeknowledge.curator.model;

/** The model API kept answering 429, 529 or another 5xx until the retries ran out. */
public class ModelUnavailableException extends ModelCallException {
  private static final long serialVersionUID = 1L;

  private final int lastStatus;

  public ModelUnavailableException(String message, int attempts, int lastStatus, Throwable cause) {
    super(message, attempts, cause);
    this.lastStatus = lastStatus;
  }

  /** The HTTP status of the last attempt. */
  public int lastStatus() {
    return lastStatus;
  }
}
