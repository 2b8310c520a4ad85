package org.negativeknowledge.curator.llm;

import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.record.NkJson;

/** Turns a tool call's input into Jackson nodes of the project's own mapper. */
final class ToolInputs {
  private ToolInputs() {}

  /** The input as an object node (an empty object when the model sent something else). */
  static ObjectNode of(ToolUseBlock tu) {
    JsonNode node = tu._input().convert(JsonNode.class);
    if (node == null || !node.isObject()) {
      return NkJson.mapper().createObjectNode();
    }
    return NkJson.parseObject(node.toString());
  }
}
