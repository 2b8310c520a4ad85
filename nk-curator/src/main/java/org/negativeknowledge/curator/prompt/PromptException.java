package org.negativeknowledge.curator.prompt;

import org.negativeknowledge.curator.CuratorException;

/** A prompt template that cannot be loaded or filled (a placeholder without a value). */
public class PromptException extends CuratorException {
  private static final long serialVersionUID = 1L;

  public PromptException(String message) {
    super(message);
  }

  public PromptException(String message, Throwable cause) {
    super(message, cause);
  }
}
