package org.negativeknowledge.validation.stream;

import org.negativeknowledge.NkException;

/**
 * A record source that cannot be used at all: missing, unreadable, of an unknown kind, or (for
 * {@link RecordFileNormalizer}) holding a record that cannot be parsed. The message names the
 * path and says what to do.
 */
public final class RecordSourceException extends NkException {
  private static final long serialVersionUID = 1L;

  public RecordSourceException(String message) {
    super(message);
  }

  public RecordSourceException(String message, Throwable cause) {
    super(message, cause);
  }
}
