package org.negativeknowledge.record;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.negativeknowledge.NkException;
import org.negativeknowledge.json.JsonDefect;
import org.negativeknowledge.json.JsonContentException;

/**
 * Input that cannot be read as a record: not well-formed JSON, not an object where one is
 * required, or JSON the project refuses (a duplicate key, a lone surrogate; see {@link
 * #defect()}). Line and column locate it; {@link #path()} names the field when known.
 */
public final class MalformedJsonException extends NkException {
  private static final long serialVersionUID = 1L;
  private final JsonDefect defect;
  private final String path;
  private final int line;
  private final int column;

  /** A syntax error (or a value that is not an object) at this line and column. */
  public MalformedJsonException(String message, int line, int column) {
    this(JsonDefect.SYNTAX, "", message, line, column);
  }

  /** A defect at a path, line and column. */
  public MalformedJsonException(JsonDefect defect, String path, String message, int line, int column) {
    super(message);
    this.defect = java.util.Objects.requireNonNull(defect, "defect");
    this.path = java.util.Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
  }

  static MalformedJsonException from(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
    int column = loc == null ? 1 : Math.max(1, loc.getColumnNr());
    if (e instanceof JsonContentException c) {
      String where = c.path().isEmpty() ? "" : c.path() + ": ";
      return new MalformedJsonException(c.defect(), c.path(), where + c.getOriginalMessage(), line, column);
    }
    return new MalformedJsonException(e.getOriginalMessage(), line, column);
  }

  /** What kind of problem it is. */
  public JsonDefect defect() {
    return defect;
  }

  /** The field it is in ({@code failure.scope}), empty when it concerns the whole text. */
  public String path() {
    return path;
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
