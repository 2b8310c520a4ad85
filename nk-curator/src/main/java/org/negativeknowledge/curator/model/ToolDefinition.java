package org.negativeknowledge.curator.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A tool offered to the model.
 *
 * @param name the tool's name, as the model calls it
 * @param description what the tool does, for the model
 * @param inputSchema the JSON Schema of its input (an object schema); {@code $schema} and {@code
 *     title} are dropped on the wire where a provider does not accept them; copied on construction
 */
public record ToolDefinition(String name, String description, ObjectNode inputSchema) {
  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    inputSchema = Objects.requireNonNull(inputSchema, "inputSchema").deepCopy();
  }
}
