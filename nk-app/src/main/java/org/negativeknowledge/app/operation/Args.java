package org.negativeknowledge.app.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The arguments of one call of an {@link Operation}, checked against its description: every
 * argument known, of its type, within its bounds, the required ones present. Values that arrive
 * as text (an HTTP query string, a command line) are accepted in their text form for integers and
 * booleans. Aliases are folded into the argument's name. Immutable.
 */
public final class Args {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final Operation operation;
  private final ObjectNode values;

  private Args(Operation operation, ObjectNode values) {
    this.operation = operation;
    this.values = values;
  }

  /**
   * Checks {@code json} (a request body, MCP tool arguments; null means none) against {@code op}.
   *
   * @throws ArgumentException naming the first argument that is unknown, missing or wrong
   */
  public static Args of(Operation op, ObjectNode json) {
    Objects.requireNonNull(op, "op");
    ObjectNode in = json == null ? F.objectNode() : json;
    ObjectNode out = F.objectNode();
    Iterator<Map.Entry<String, JsonNode>> it = in.properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      Param p = op.param(e.getKey()).orElseThrow(() -> new ArgumentException(e.getKey(),
          "one of " + op.params().stream().map(Param::name).toList(), "is not an argument of " + op.name()));
      JsonNode v = e.getValue();
      if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank() && p.type() != ParamType.OBJECT)) {
        continue;
      }
      if (out.has(p.name())) {
        throw new ArgumentException(e.getKey(), "given once", "is given twice (also as '" + p.name() + "')");
      }
      out.set(p.name(), check(p.name(), p, v));
    }
    for (Param p : op.params()) {
      if (p.required() && !out.has(p.name())) {
        throw new ArgumentException(p.name(), expectation(p), "is missing");
      }
    }
    return new Args(op, out);
  }

  /** Checks {@code texts} (HTTP query parameters: name to value) against {@code op}. */
  public static Args ofTexts(Operation op, Map<String, String> texts) {
    ObjectNode json = F.objectNode();
    texts.forEach(json::put);
    return of(op, json);
  }

  private static JsonNode check(String where, Param p, JsonNode v) {
    return switch (p.type()) {
      case TEXT -> {
        if (v.isTextual()) {
          yield v;
        }
        if (v.isNumber() || v.isBoolean()) {
          yield F.textNode(v.asText());
        }
        throw wrong(where, p, v);
      }
      case CHOICE -> {
        String s = v.isTextual() ? v.asText().trim().toLowerCase(Locale.ROOT) : null;
        if (s == null || !p.choices().contains(s)) {
          throw wrong(where, p, v);
        }
        yield F.textNode(s);
      }
      case INTEGER -> {
        long n;
        if (v.isIntegralNumber() && v.canConvertToLong()) {
          n = v.asLong();
        } else if (v.isTextual() && v.asText().trim().matches("[+-]?\\d{1,18}")) {
          n = Long.parseLong(v.asText().trim());
        } else {
          throw wrong(where, p, v);
        }
        if (n < p.min() || n > p.max()) {
          throw wrong(where, p, v);
        }
        yield F.numberNode(n);
      }
      case BOOLEAN -> {
        if (v.isBoolean()) {
          yield v;
        }
        if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
          yield F.booleanNode(Boolean.parseBoolean(v.asText()));
        }
        throw wrong(where, p, v);
      }
      case OBJECT -> {
        if (!v.isObject()) {
          throw wrong(where, p, v);
        }
        yield v;
      }
      case OBJECTS -> {
        if (!v.isArray()) {
          throw wrong(where, p, v);
        }
        var arr = F.arrayNode();
        for (int i = 0; i < v.size(); i++) {
          JsonNode item = v.get(i);
          String at = where + "[" + i + "]";
          if (!item.isObject()) {
            throw new ArgumentException(at, "a JSON object", "is " + kind(item));
          }
          try {
            arr.add(of(p.items(), (ObjectNode) item).values);
          } catch (ArgumentException e) {
            throw new ArgumentException(at + "." + e.argument(), e.expected(), e.problem());
          }
        }
        yield arr;
      }
    };
  }

  private static ArgumentException wrong(String where, Param p, JsonNode v) {
    return new ArgumentException(where, expectation(p), "is " + kind(v) + (v.isValueNode() ? " " + v : ""));
  }

  private static String kind(JsonNode v) {
    return v.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** What a value of {@code p} must be, in words. */
  static String expectation(Param p) {
    return switch (p.type()) {
      case TEXT -> "a non-empty string";
      case CHOICE -> "one of " + String.join(", ", p.choices());
      case INTEGER -> "an integer in " + p.min() + ".." + p.max();
      case BOOLEAN -> "true or false";
      case OBJECT -> "a JSON object";
      case OBJECTS -> "an array of JSON objects";
    };
  }

  /** The operation these arguments are for. */
  public Operation operation() {
    return operation;
  }

  /** Whether {@code name} was given. */
  public boolean has(String name) {
    return values.has(known(name));
  }

  /** A text or choice argument, if given. */
  public Optional<String> text(String name) {
    JsonNode v = values.get(known(name));
    return v == null ? Optional.empty() : Optional.of(v.asText());
  }

  /** A required text or choice argument (checked when the arguments were read). */
  public String requireText(String name) {
    return text(name).orElseThrow(() -> new ArgumentException(name, "a non-empty string", "is missing"));
  }

  /** An integer argument, if given. */
  public OptionalLong integer(String name) {
    JsonNode v = values.get(known(name));
    return v == null ? OptionalLong.empty() : OptionalLong.of(v.asLong());
  }

  /** A boolean argument, or {@code absent} when it was not given. */
  public boolean bool(String name, boolean absent) {
    JsonNode v = values.get(known(name));
    return v == null ? absent : v.asBoolean();
  }

  /** An object argument (a copy), if given. */
  public Optional<ObjectNode> object(String name) {
    JsonNode v = values.get(known(name));
    return v == null ? Optional.empty() : Optional.of(((ObjectNode) v).deepCopy());
  }

  /** The elements of an array-of-objects argument, each checked against its items operation. */
  public List<Args> objects(String name) {
    Param p = operation.param(name).orElseThrow();
    JsonNode v = values.get(p.name());
    List<Args> out = new ArrayList<>();
    if (v != null) {
      v.forEach(item -> out.add(new Args(p.items(), (ObjectNode) item)));
    }
    return out;
  }

  /** The checked arguments as one object (aliases folded). */
  public ObjectNode toJson() {
    return values.deepCopy();
  }

  private String known(String name) {
    return operation.param(name).map(Param::name).orElseThrow(() -> new IllegalArgumentException(
        "operation '" + operation.name() + "' has no argument '" + name + "'"));
  }
}
