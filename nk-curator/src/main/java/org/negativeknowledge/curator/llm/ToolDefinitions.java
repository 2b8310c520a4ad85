package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.curator.model.ToolDefinition;
import org.negativeknowledge.record.NkJson;

/** The tools the curator offers a model: {@code write_record} (inline), {@code Read} and {@code Write} (tools). */
final class ToolDefinitions {

  static final String WRITE_RECORD = "write_record";
  static final String READ = "Read";
  static final String WRITE = "Write";

  private ToolDefinitions() {}

  /** {@code write_record}, whose input schema is the record's JSON Schema. */
  static ToolDefinition writeRecord(ObjectNode recordSchema) {
    return new ToolDefinition(
        WRITE_RECORD, "Submit the negative-knowledge record. The input is the record itself.", recordSchema);
  }

  static ToolDefinition read() {
    ObjectNode schema = NkJson.mapper().createObjectNode();
    schema.put("type", "object");
    schema.putObject("properties").putObject("file_path").put("type", "string")
        .put("description", "Absolute path of one of the listed input files.");
    schema.putArray("required").add("file_path");
    return new ToolDefinition(READ, "Read one of the listed input files (long files come as an excerpt).", schema);
  }

  static ToolDefinition write() {
    ObjectNode schema = NkJson.mapper().createObjectNode();
    schema.put("type", "object");
    ObjectNode props = schema.putObject("properties");
    props.putObject("file_path").put("type", "string").put("description", "The output path given in the instructions.");
    props.putObject("content").put("type", "string").put("description", "The record as one JSON object.");
    schema.putArray("required").add("file_path").add("content");
    return new ToolDefinition(WRITE, "Write the record to the output path. Allowed once.", schema);
  }
}
