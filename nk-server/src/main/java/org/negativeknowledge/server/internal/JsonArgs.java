package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.negativeknowledge.server.InvalidRequestException;

/**
 * Typed reads of a request's arguments (MCP tool arguments or an HTTP body / query string turned
 * into an object). Query-string values arrive as text, so numbers and booleans are also accepted
 * in their text form. Every failure names the argument and what it should be.
 */
public final class JsonArgs {
  private final ObjectNode args;

  private JsonArgs(ObjectNode args) {
    this.args = args;
  }

  /** Wraps {@code args}; null means no arguments. */
  public static JsonArgs of(ObjectNode args) {
    return new JsonArgs(args == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : args);
  }

  /** The underlying object. */
  public ObjectNode node() {
    return args;
  }

  /** Whether {@code name} is present and not null. */
  public boolean has(String name) {
    return args.hasNonNull(name);
  }

  /** A required non-blank string. */
  public String requireText(String name) {
    return optText(name).orElseThrow(() -> new InvalidRequestException(
        "missing argument '" + name + "' (a non-empty string)"));
  }

  /** An optional string; blank counts as absent. */
  public Optional<String> optText(String name) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isTextual()) {
      if (n.isNumber() || n.isBoolean()) {
        return Optional.of(n.asText());
      }
      throw new InvalidRequestException("argument '" + name + "' must be a string, got " + n.getNodeType().name().toLowerCase());
    }
    String s = n.asText();
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  /** An optional integer within {@code min..max}. */
  public OptionalInt optInt(String name, int min, int max) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
      return OptionalInt.empty();
    }
    int v;
    if (n.canConvertToInt() && n.isIntegralNumber()) {
      v = n.asInt();
    } else if (n.isTextual()) {
      try {
        v = Integer.parseInt(n.asText().trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequestException("argument '" + name + "' must be an integer, got '" + n.asText() + "'");
      }
    } else {
      throw new InvalidRequestException("argument '" + name + "' must be an integer, got " + n);
    }
    if (v < min || v > max) {
      throw new InvalidRequestException("argument '" + name + "' must be in " + min + ".." + max + ", got " + v);
    }
    return OptionalInt.of(v);
  }

  /** An optional boolean ({@code true}/{@code false}, also as text). */
  public boolean optBoolean(String name, boolean dflt) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (n.isBoolean()) {
      return n.asBoolean();
    }
    if (n.isTextual() && (n.asText().equalsIgnoreCase("true") || n.asText().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(n.asText());
    }
    throw new InvalidRequestException("argument '" + name + "' must be true or false, got " + n);
  }

  /** A required JSON object. */
  public ObjectNode requireObject(String name) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull()) {
      throw new InvalidRequestException("missing argument '" + name + "' (a JSON object)");
    }
    if (!n.isObject()) {
      throw new InvalidRequestException("argument '" + name + "' must be a JSON object, got " + n.getNodeType().name().toLowerCase());
    }
    return (ObjectNode) n;
  }

  /** An optional array of objects (empty when absent). */
  public List<ObjectNode> optObjects(String name) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (!n.isArray()) {
      throw new InvalidRequestException("argument '" + name + "' must be an array of objects");
    }
    List<ObjectNode> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : (ArrayNode) n) {
      if (!e.isObject()) {
        throw new InvalidRequestException("argument '" + name + "[" + i + "]' must be a JSON object");
      }
      out.add((ObjectNode) e);
      i++;
    }
    return out;
  }

  /** An optional array of strings (empty when absent); a single string counts as one element. */
  public List<String> optTexts(String name) {
    JsonNode n = args.get(name);
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (n.isTextual()) {
      return n.asText().isBlank() ? List.of() : List.of(n.asText());
    }
    if (!n.isArray()) {
      throw new InvalidRequestException("argument '" + name + "' must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    for (JsonNode e : n) {
      if (!e.isTextual()) {
        throw new InvalidRequestException("argument '" + name + "[" + i + "]' must be a string");
      }
      out.add(e.asText());
      i++;
    }
    return out;
  }
}
