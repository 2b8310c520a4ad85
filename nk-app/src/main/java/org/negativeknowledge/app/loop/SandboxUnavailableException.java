package org.negativeknowledge.app.loop;

/**
 * Bubblewrap was required ({@code --sandbox bubblewrap}) but is not installed or does not work on
 * this machine. The message says why and how to proceed.
 */
public class SandboxUnavailableException extends LoopException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public SandboxUnavailableException(String message) {
    super(message);
  }
}
