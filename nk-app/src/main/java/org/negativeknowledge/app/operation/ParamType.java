package org.negativeknowledge.app.operation;

/** The JSON type of an operation's argument. */
public enum ParamType {
  /** A string; blank counts as absent. */
  TEXT("string"),
  /** An integer within the parameter's bounds. */
  INTEGER("integer"),
  /** {@code true} or {@code false}. */
  BOOLEAN("boolean"),
  /** One of the parameter's choices. */
  CHOICE("string"),
  /** A JSON object. */
  OBJECT("object"),
  /** An array of JSON objects (their shape is the parameter's items operation). */
  OBJECTS("array");

  private final String jsonType;

  ParamType(String jsonType) {
    this.jsonType = jsonType;
  }

  /** The JSON Schema type name. */
  public String jsonType() {
    return jsonType;
  }
}
