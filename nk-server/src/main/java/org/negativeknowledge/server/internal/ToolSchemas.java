package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/** A small builder of JSON Schema 2020-12 object schemas for tool inputs. */
public final class ToolSchemas {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final ObjectNode schema = F.objectNode();
  private final ObjectNode props;
  private final ArrayNode required;

  private ToolSchemas() {
    schema.put("type", "object");
    props = schema.putObject("properties");
    required = schema.putArray("required");
  }

  /** An empty object schema. */
  public static ToolSchemas object() {
    return new ToolSchemas();
  }

  public ToolSchemas text(String name, String description, boolean req) {
    return prop(name, F.objectNode().put("type", "string").put("description", description), req);
  }

  public ToolSchemas integer(String name, String description, int min, int max, boolean req) {
    return prop(name, F.objectNode().put("type", "integer").put("minimum", min).put("maximum", max)
        .put("description", description), req);
  }

  public ToolSchemas bool(String name, String description) {
    return prop(name, F.objectNode().put("type", "boolean").put("description", description), false);
  }

  public ToolSchemas choice(String name, String description, boolean req, String... values) {
    ObjectNode p = F.objectNode().put("type", "string").put("description", description);
    ArrayNode e = p.putArray("enum");
    Arrays.stream(values).forEach(e::add);
    return prop(name, p, req);
  }

  public ToolSchemas object(String name, String description, boolean req) {
    return prop(name, F.objectNode().put("type", "object").put("description", description), req);
  }

  public ToolSchemas array(String name, String description, ObjectNode items, boolean req) {
    ObjectNode p = F.objectNode().put("type", "array").put("description", description);
    p.set("items", items);
    return prop(name, p, req);
  }

  /** Any property given as a ready schema. */
  public ToolSchemas prop(String name, ObjectNode propSchema, boolean req) {
    props.set(name, propSchema);
    if (req) {
      required.add(name);
    }
    return this;
  }

  /** The schema; {@code required} is dropped when empty. */
  public ObjectNode build() {
    ObjectNode copy = schema.deepCopy();
    if (required.isEmpty()) {
      copy.remove("required");
    }
    return copy;
  }
}
