package org.negativeknowledge;

/**
 * Base of every unchecked exception the project throws for a failure that is not a caller bug.
 * Subclasses name the failure; the message always says where, what and how to fix it.
 */
public class NkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NkException(String message) {
    super(message);
  }

  public NkException(String message, Throwable cause) {
    super(message, cause);
  }
}
