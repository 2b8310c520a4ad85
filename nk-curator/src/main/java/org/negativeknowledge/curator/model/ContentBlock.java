package org.negativeknowledge.curator.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One block of a message: text, a tool call by the model, or the result of a tool call.
 *
 * <p>Cache points: a block marked {@code cachePoint} says that the request up to and including it
 * will be sent again (the next turn of a tool loop), so a provider that caches prompt prefixes
 * should cache it. Providers without prompt caching ignore the mark.
 */
public sealed interface ContentBlock permits ContentBlock.Text, ContentBlock.ToolUse, ContentBlock.ToolResult {

  /** A text block, not a cache point. */
  static Text text(String text) {
    return new Text(text, false);
  }

  /**
   * Text.
   *
   * @param text the text; never empty
   * @param cachePoint whether the prompt up to here is worth caching
   */
  record Text(String text, boolean cachePoint) implements ContentBlock {
    public Text {
      Objects.requireNonNull(text, "text");
      if (text.isEmpty()) {
        throw new IllegalArgumentException("a text block must not be empty");
      }
    }

    /** A copy marked as a cache point. */
    public Text asCachePoint() {
      return new Text(text, true);
    }
  }

  /**
   * A tool call the model made.
   *
   * @param id the call's id, quoted by its result
   * @param name the tool called
   * @param input the arguments (an empty object when the model sent something else); copied on
   *     construction, so later changes to the node passed in do not reach the block
   */
  record ToolUse(String id, String name, ObjectNode input) implements ContentBlock {
    public ToolUse {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      input = Objects.requireNonNull(input, "input").deepCopy();
    }
  }

  /**
   * The answer to one tool call.
   *
   * @param toolUseId the id of the call answered
   * @param content what the tool returned, or the error the model is told
   * @param error whether the call failed or was refused
   * @param cachePoint whether the prompt up to here is worth caching
   */
  record ToolResult(String toolUseId, String content, boolean error, boolean cachePoint) implements ContentBlock {
    public ToolResult {
      Objects.requireNonNull(toolUseId, "toolUseId");
      Objects.requireNonNull(content, "content");
    }

    /** A copy marked as a cache point. */
    public ToolResult asCachePoint() {
      return new ToolResult(toolUseId, content, error, true);
    }
  }
}
