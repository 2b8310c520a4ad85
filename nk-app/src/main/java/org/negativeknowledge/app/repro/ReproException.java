package org.negativeknowledge.app.repro;

import org.negativeknowledge.NkException;

/**
 * A data file that {@code nk repro} cannot read: malformed JSON, an unreadable {@code .npy} header,
 * a folder that is not the paper's data. The message names the file, what is wrong and how to
 * fix it.
 */
public class ReproException extends NkException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public ReproException(String message) {
    super(message);
  }

  /** An error with its message and cause. */
  public ReproException(String message, Throwable cause) {
    super(message, cause);
  }
}
