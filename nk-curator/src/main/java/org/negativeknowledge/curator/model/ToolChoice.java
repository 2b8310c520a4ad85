package org.negativeknowledge.curator.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How the model must use the tools offered.
 *
 * @param kind the rule
 * @param toolName the one tool the model must call, for {@link Kind#TOOL} only
 */
public record ToolChoice(Kind kind, Optional<String> toolName) {

  /** The rules a model can be held to. */
  public enum Kind {
    /** The model decides whether to call a tool. */
    AUTO,
    /** The model must call some tool. */
    ANY,
    /** The model must call the named tool. */
    TOOL,
    /** The model must not call a tool. */
    NONE
  }

  public ToolChoice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(toolName, "toolName");
    if ((kind == Kind.TOOL) != toolName.isPresent()) {
      throw new IllegalArgumentException("a tool name goes with kind TOOL and only with it; got " + kind + " " + toolName);
    }
  }

  /** The model decides. */
  public static ToolChoice auto() {
    return new ToolChoice(Kind.AUTO, Optional.empty());
  }

  /** The model must call one of the tools. */
  public static ToolChoice any() {
    return new ToolChoice(Kind.ANY, Optional.empty());
  }

  /** The model must call {@code name} (a forced tool call). */
  public static ToolChoice tool(String name) {
    return new ToolChoice(Kind.TOOL, Optional.of(name));
  }

  /** The model must answer without tools. */
  public static ToolChoice none() {
    return new ToolChoice(Kind.NONE, Optional.empty());
  }
}
