package org.negativeknowledge.curator.model;

/** A model call got no answer within its per-call timeout. */
public class ModelTimeoutException extends ModelCallException {
  private static final long serialVersionUID = 1L;

  public ModelTimeoutException(String message, int attempts, Throwable cause) {
    super(message, attempts, cause);
  }
}
