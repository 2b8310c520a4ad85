package org.negativeknowledge.app.loop;

/**
 * A run folder that cannot be used as asked: it already holds another run (and {@code --resume}
 * was not given), its recorded settings differ from the ones given with {@code --resume}, or it is
 * not a run folder at all. The message says which setting differs and how to proceed.
 */
public class RunFolderException extends LoopException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public RunFolderException(String message) {
    super(message);
  }
}
