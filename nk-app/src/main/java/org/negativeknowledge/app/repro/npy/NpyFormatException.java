package org.negativeknowledge.app.repro.npy;

/** A file that is not a readable {@code .npy} array; the message names the file and the fault. */
public class NpyFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public NpyFormatException(String message) {
    super(message);
  }
}
