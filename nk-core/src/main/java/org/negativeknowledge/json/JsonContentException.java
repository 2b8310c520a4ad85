package org.negativeknowledge.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;

/**
 * Well-formed JSON that the project still refuses to read: the {@link JsonDefect} says why, the
 * path says where (dotted, with array indices: {@code failure.scope}, {@code rounds_summary[1]}).
 */
public final class JsonContentException extends JsonParseException {
  private static final long serialVersionUID = 1L;
  private final JsonDefect defect;
  private final String path;

  JsonContentException(JsonParser parser, JsonDefect defect, String path, String message) {
    super(parser, message);
    this.defect = defect;
    this.path = path;
  }

  /** What is wrong. */
  public JsonDefect defect() {
    return defect;
  }

  /** Where: the path of the value or object, empty at the root. */
  public String path() {
    return path;
  }
}
