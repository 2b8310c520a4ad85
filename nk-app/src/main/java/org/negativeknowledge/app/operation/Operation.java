package org.negativeknowledge.app.operation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The description of one operation's arguments: the single place from which the MCP tool's input
 * schema, the HTTP API's parameter parsing ({@link Args}) and the command line's options are
 * derived, so that an argument added here reaches every front end.
 *
 * @param name the operation's name ({@code search}; the MCP tool is {@code nk_search})
 * @param description what it does, for a tool listing and {@code --help}
 * @param params its arguments, in the order they are documented
 */
public record Operation(String name, String description, List<Param> params) {

  public Operation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    params = List.copyOf(params);
    List<String> seen = new ArrayList<>();
    for (Param p : params) {
      for (String n : names(p)) {
        if (seen.contains(n)) {
          throw new IllegalArgumentException("operation '" + name + "' names argument '" + n + "' twice");
        }
        seen.add(n);
      }
    }
  }

  private static List<String> names(Param p) {
    List<String> all = new ArrayList<>(p.aliases());
    all.add(0, p.name());
    return all;
  }

  /** An operation with these arguments. */
  public static Operation of(String name, String description, Param... params) {
    return new Operation(name, description, List.of(params));
  }

  /** This operation with {@code more} arguments appended. */
  public Operation with(List<Param> more) {
    List<Param> all = new ArrayList<>(params);
    all.addAll(more);
    return new Operation(name, description, all);
  }

  /** The argument called {@code paramName} (or with that alias). */
  public Optional<Param> param(String paramName) {
    return params.stream().filter(p -> names(p).contains(paramName)).findFirst();
  }

  /** The JSON Schema (2020-12) of the arguments object, as an MCP tool's input schema. */
  public ObjectNode jsonSchema() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode schema = f.objectNode().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    ArrayNode required = f.arrayNode();
    for (Param p : params) {
      ObjectNode s = props.putObject(p.name()).put("type", p.type().jsonType()).put("description", p.description());
      switch (p.type()) {
        case CHOICE -> p.choices().forEach(s.putArray("enum")::add);
        case INTEGER -> s.put("minimum", p.min()).put("maximum", p.max());
        case OBJECTS -> s.set("items", p.items().jsonSchema());
        default -> { }
      }
      if (p.required()) {
        required.add(p.name());
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    return schema;
  }
}
