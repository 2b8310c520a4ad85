package org.negativeknowledge.server.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Validates tool arguments against the small JSON Schema subset the nk tools use: {@code type}
 * (object, string, integer, number, boolean, array), {@code properties}, {@code required}, {@code
 * enum}, {@code minimum}, {@code maximum} and array {@code items}. Unknown keywords are ignored.
 *
 * <p>Why not the SDK's Jackson 2 validator: it needs json-schema-validator 2.0.x while the
 * project's build pins 3.0.x, and the two cannot share a classpath. Stateless and thread-safe.
 */
public final class ToolArgumentValidator implements JsonSchemaValidator {

  /** The shared instance. */
  public static final ToolArgumentValidator INSTANCE = new ToolArgumentValidator();

  private ToolArgumentValidator() {}

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object value) {
    List<String> problems = new ArrayList<>();
    check(schema, value, "$", problems);
    return problems.isEmpty()
        ? ValidationResponse.asValid(null)
        : ValidationResponse.asInvalid("invalid arguments: " + String.join("; ", problems));
  }

  @SuppressWarnings("unchecked")
  private static void check(Map<String, Object> schema, Object value, String path, List<String> out) {
    if (schema == null) {
      return;
    }
    Object type = schema.get("type");
    if (type instanceof String t && value != null && !hasType(t, value)) {
      out.add(path + ": expected " + t + ", got " + describe(value));
      return;
    }
    Object en = schema.get("enum");
    if (en instanceof Collection<?> allowed && value != null && !allowed.contains(value)) {
      out.add(path + ": must be one of " + allowed + ", got " + value);
    }
    if (value instanceof Number n) {
      if (schema.get("minimum") instanceof Number min && n.doubleValue() < min.doubleValue()) {
        out.add(path + ": must be >= " + min + ", got " + n);
      }
      if (schema.get("maximum") instanceof Number max && n.doubleValue() > max.doubleValue()) {
        out.add(path + ": must be <= " + max + ", got " + n);
      }
    }
    if (value instanceof Map<?, ?> obj) {
      if (schema.get("required") instanceof Collection<?> req) {
        for (Object name : req) {
          if (obj.get(name) == null) {
            out.add(path + ": missing required property '" + name + "'");
          }
        }
      }
      if (schema.get("properties") instanceof Map<?, ?> props) {
        for (Map.Entry<?, ?> e : obj.entrySet()) {
          if (props.get(e.getKey()) instanceof Map<?, ?> sub) {
            check((Map<String, Object>) sub, e.getValue(), path + "." + e.getKey(), out);
          }
        }
      }
    }
    if (value instanceof List<?> list && schema.get("items") instanceof Map<?, ?> items) {
      for (int i = 0; i < list.size(); i++) {
        check((Map<String, Object>) items, list.get(i), path + "[" + i + "]", out);
      }
    }
  }

  private static boolean hasType(String type, Object v) {
    switch (type) {
      case "object":
        return v instanceof Map;
      case "array":
        return v instanceof List;
      case "string":
        return v instanceof String;
      case "boolean":
        return v instanceof Boolean;
      case "integer":
        return v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger
            || (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()));
      case "number":
        return v instanceof Number;
      default:
        return true;
    }
  }

  private static String describe(Object v) {
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof List) {
      return "an array";
    }
    return v.getClass().getSimpleName().toLowerCase() + " " + v;
  }
}
