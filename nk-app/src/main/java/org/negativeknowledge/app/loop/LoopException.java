package org.negativeknowledge.app.loop;

import org.negativeknowledge.NkException;

/**
 * Base of the failures of {@code nk loop} that are not caller bugs: an unreadable task, a run
 * folder that does not match the run asked for, a solver, executor or curator that cannot work.
 * The message says where, what and how to fix it.
 */
public class LoopException extends NkException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public LoopException(String message) {
    super(message);
  }

  /** An error with its message and cause. */
  public LoopException(String message, Throwable cause) {
    super(message, cause);
  }
}
