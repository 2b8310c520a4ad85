package org.negativeknowledge.curator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One request to a chat model: the conversation so far, the tools offered and how the model must
 * choose among them. Immutable; {@link #plus(ModelMessage)} returns a longer copy.
 *
 * @param messages the conversation, user and assistant turns alternating, starting with the user
 * @param tools the tools the model may call (may be empty)
 * @param toolChoice whether and which tool the model must call
 */
public record ModelRequest(List<ModelMessage> messages, List<ToolDefinition> tools, ToolChoice toolChoice) {

  public ModelRequest {
    messages = List.copyOf(messages);
    tools = List.copyOf(tools);
    Objects.requireNonNull(toolChoice, "toolChoice");
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a model request needs at least one message");
    }
    List<ToolDefinition> offered = tools;
    toolChoice.toolName().ifPresent(name -> {
      if (offered.stream().noneMatch(t -> t.name().equals(name))) {
        throw new IllegalArgumentException("tool choice names " + name + ", which is not among the tools offered");
      }
    });
  }

  /** A request opening with one user message. */
  public static ModelRequest of(List<ToolDefinition> tools, ToolChoice toolChoice, ModelMessage first) {
    return new ModelRequest(List.of(first), tools, toolChoice);
  }

  /**
   * A copy whose very last block is a cache point: the request will be sent again with more turns
   * after it (a tool loop). Earlier cache points are kept; a text or tool-result block is marked, a
   * tool call cannot be.
   */
  public ModelRequest withCachePointAtEnd() {
    ModelMessage last = messages.get(messages.size() - 1);
    List<ContentBlock> blocks = new ArrayList<>(last.content());
    ContentBlock end = blocks.get(blocks.size() - 1);
    if (end instanceof ContentBlock.Text t) {
      blocks.set(blocks.size() - 1, t.asCachePoint());
    } else if (end instanceof ContentBlock.ToolResult r) {
      blocks.set(blocks.size() - 1, r.asCachePoint());
    } else {
      return this;
    }
    List<ModelMessage> all = new ArrayList<>(messages.subList(0, messages.size() - 1));
    all.add(new ModelMessage(last.role(), blocks));
    return new ModelRequest(all, tools, toolChoice);
  }

  /** A copy with one more message at the end. */
  public ModelRequest plus(ModelMessage next) {
    List<ModelMessage> all = new ArrayList<>(messages);
    all.add(next);
    return new ModelRequest(all, tools, toolChoice);
  }
}
