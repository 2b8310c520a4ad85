package org.negativeknowledge.curator.llm;

import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.Tool;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.record.NkJson;

/** The tools the curator offers a model: {@code write_record} (inline), {@code Read} and {@code Write} (tools). */
final class ToolDefinitions {

  static final String WRITE_RECORD = "write_record";
  static final String READ = "Read";
  static final String WRITE = "Write";

  private ToolDefinitions() {}

  /** {@code write_record}, whose input schema is the record's JSON Schema. */
  static Tool writeRecord(ObjectNode recordSchema) {
    return Tool.builder()
        .name(WRITE_RECORD)
        .description("Submit the negative-knowledge record. The input is the record itself.")
        .inputSchema(inputSchema(recordSchema))
        .build();
  }

  static Tool read() {
    ObjectNode schema = NkJson.mapper().createObjectNode();
    schema.put("type", "object");
    schema.putObject("properties").putObject("file_path").put("type", "string")
        .put("description", "Absolute path of one of the listed input files.");
    schema.putArray("required").add("file_path");
    return Tool.builder()
        .name(READ)
        .description("Read one of the listed input files (long files come as an excerpt).")
        .inputSchema(inputSchema(schema))
        .build();
  }

  static Tool write() {
    ObjectNode schema = NkJson.mapper().createObjectNode();
    schema.put("type", "object");
    ObjectNode props = schema.putObject("properties");
    props.putObject("file_path").put("type", "string").put("description", "The output path given in the instructions.");
    props.putObject("content").put("type", "string").put("description", "The record as one JSON object.");
    schema.putArray("required").add("file_path").add("content");
    return Tool.builder()
        .name(WRITE)
        .description("Write the record to the output path. Allowed once.")
        .inputSchema(inputSchema(schema))
        .build();
  }

  /** A JSON Schema object as the SDK's input schema; {@code $schema} and {@code title} are dropped. */
  static Tool.InputSchema inputSchema(ObjectNode schema) {
    Tool.InputSchema.Builder b = Tool.InputSchema.builder();
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      switch (e.getKey()) {
        case "$schema", "title", "type" -> { }
        case "properties" -> {
          Tool.InputSchema.Properties.Builder pb = Tool.InputSchema.Properties.builder();
          e.getValue().properties().forEach(p -> pb.putAdditionalProperty(p.getKey(), JsonValue.fromJsonNode(p.getValue())));
          b.properties(pb.build());
        }
        case "required" -> {
          List<String> req = new ArrayList<>();
          e.getValue().forEach(n -> req.add(n.asText()));
          b.required(req);
        }
        default -> b.putAdditionalProperty(e.getKey(), JsonValue.fromJsonNode(e.getValue()));
      }
    }
    return b.build();
  }
}
