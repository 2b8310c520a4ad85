package org.negativeknowledge.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.negativeknowledge.NkException;

/** Input that is not well-formed JSON (or not an object where one is required). */
public final class MalformedJsonException extends NkException {
  private static final long serialVersionUID = 1L;
  private final int line;
  private final int column;

  public MalformedJsonException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  static MalformedJsonException from(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    return new MalformedJsonException(e.getOriginalMessage(), line, column);
  }

  /** 1-based line of the error within the parsed text. */
  public int line() {
    return line;
  }

  /** 1-based column of the error within its line. */
  public int column() {
    return column;
  }
}
