package org.negativeknowledge.curator.model;

import java.util.List;
import java.util.Objects;

/**
 * A model's answer to one request.
 *
 * @param content the answer's blocks (text and tool calls), in order; may be empty
 * @param stopReason why the model stopped
 * @param usage the tokens the provider counted for this call
 */
public record ModelResponse(List<ContentBlock> content, StopReason stopReason, TokenUsage usage) {

  public ModelResponse {
    content = List.copyOf(content);
    Objects.requireNonNull(stopReason, "stopReason");
    Objects.requireNonNull(usage, "usage");
  }

  /** The tool calls of the answer, in order. */
  public List<ContentBlock.ToolUse> toolUses() {
    return content.stream()
        .filter(ContentBlock.ToolUse.class::isInstance)
        .map(ContentBlock.ToolUse.class::cast)
        .toList();
  }

  /** The answer as an assistant turn to send back in the next request. */
  public ModelMessage asAssistantMessage() {
    return ModelMessage.assistant(content);
  }
}
