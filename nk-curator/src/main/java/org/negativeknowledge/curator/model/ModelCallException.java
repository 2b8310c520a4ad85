package org.negativeknowledge.curator.model;

import org.negativeknowledge.curator.CuratorException;

/** A model call that failed: refused, unavailable after retries, timed out, or without a key. */
public class ModelCallException extends CuratorException {
  private static final long serialVersionUID = 1L;

  private final int attempts;

  public ModelCallException(String message, int attempts, Throwable cause) {
    super(message, cause);
    this.attempts = attempts;
  }

  /** How many HTTP attempts were made (0 when the call was never sent). */
  public int attempts() {
    return attempts;
  }
}
