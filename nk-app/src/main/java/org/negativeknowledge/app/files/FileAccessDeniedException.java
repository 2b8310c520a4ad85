package org.negativeknowledge.app.files;

import org.negativeknowledge.NkException;

/**
 * A curation named a file it may not read (outside the allowed folders, a link pointing out, not a
 * regular file, or paths refused altogether). The message never says which reason applies, so it
 * reveals nothing about files outside the folders.
 */
public class FileAccessDeniedException extends NkException {
  private static final long serialVersionUID = 1L;

  private final String argument;

  /**
   * @param argument the argument the path came from ({@code rounds[0].exec_log})
   * @param message what was refused
   */
  public FileAccessDeniedException(String argument, String message) {
    super(message);
    this.argument = argument;
  }

  /** The argument the path came from. */
  public String argument() {
    return argument;
  }
}
