package org.negativeknowledge.curator.model;

/**
 * A model answer larger than the client accepts: a real answer is bounded by the output-token
 * limit, so a bigger one comes from a broken or hostile server and is refused unread.
 */
public class ModelAnswerTooLargeException extends ModelCallException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public ModelAnswerTooLargeException(String message, long limitBytes, int attempts, Throwable cause) {
    super(message, attempts, cause);
    this.limitBytes = limitBytes;
  }

  /** The largest answer body accepted, in bytes. */
  public long limitBytes() {
    return limitBytes;
  }
}
