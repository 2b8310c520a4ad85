package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.record.NkJson;

/** Bounds what the curator accepts from a model before it looks at it. */
final class AnswerLimits {

  private AnswerLimits() {}

  /**
   * Refuses a tool call whose input is over {@link LlmCurator#MAX_TOOL_INPUT_CHARS}: the audit gets
   * the call with its input left out, and the curation ends.
   *
   * @throws OversizedAnswerException when the input is too large
   */
  static void check(int turn, ContentBlock.ToolUse call, AuditRecorder audit) {
    long size = NkJson.compact(call.input()).length();
    if (size <= LlmCurator.MAX_TOOL_INPUT_CHARS) {
      return;
    }
    String message = "oversized answer: the model's " + call.name() + " call (turn " + turn + ") carries "
        + size + " characters of input, over the limit of " + LlmCurator.MAX_TOOL_INPUT_CHARS
        + "; refused and nothing was written (a record takes a few kilobytes: the model or the server"
        + " answering for it misbehaves)";
    ObjectNode omitted = NkJson.mapper().createObjectNode()
        .put("omitted", "input of " + size + " characters, over the limit of " + LlmCurator.MAX_TOOL_INPUT_CHARS);
    audit.toolCall(turn, call.id(), call.name(), omitted, "refused", message);
    throw new OversizedAnswerException(message);
  }
}
