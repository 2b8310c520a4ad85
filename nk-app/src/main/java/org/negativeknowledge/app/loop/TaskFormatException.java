package org.negativeknowledge.app.loop;

/**
 * A task description that cannot be used: malformed JSON, a missing or mistyped field, an unknown
 * field, a file the task names that does not exist. The message names the file and the field.
 */
public class TaskFormatException extends LoopException {
  private static final long serialVersionUID = 1L;

  /** An error with its message. */
  public TaskFormatException(String message) {
    super(message);
  }

  /** An error with its message and cause. */
  public TaskFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
