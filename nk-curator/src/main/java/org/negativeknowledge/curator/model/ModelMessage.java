package org.negativeknowledge.curator.model;

import java.util.List;
import java.util.Objects;

/**
 * One turn of a conversation with a model.
 *
 * @param role who speaks
 * @param content the blocks of the turn, at least one
 */
public record ModelMessage(Role role, List<ContentBlock> content) {

  /** Who speaks in a turn. */
  public enum Role {
    /** The curator: prompts and tool results. */
    USER,
    /** The model: text and tool calls. */
    ASSISTANT
  }

  public ModelMessage {
    Objects.requireNonNull(role, "role");
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a " + role.name().toLowerCase(java.util.Locale.ROOT)
          + " message needs at least one content block");
    }
  }

  /** A user turn of one text block. */
  public static ModelMessage user(String text) {
    return new ModelMessage(Role.USER, List.of(ContentBlock.text(text)));
  }

  /** A user turn of these blocks (text or tool results). */
  public static ModelMessage user(List<ContentBlock> blocks) {
    return new ModelMessage(Role.USER, blocks);
  }

  /** An assistant turn of these blocks (text or tool calls), e.g. a model answer echoed back. */
  public static ModelMessage assistant(List<ContentBlock> blocks) {
    return new ModelMessage(Role.ASSISTANT, blocks);
  }
}
