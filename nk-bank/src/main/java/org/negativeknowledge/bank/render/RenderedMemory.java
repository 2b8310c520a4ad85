package org.negativeknowledge.bank.render;

import java.util.List;

/**
 * A memory block ready to paste into an agent's prompt, and exactly which of the given entries it
 * shows and how.
 *
 * @param text the block, ending with a line that says how many entries were left out
 * @param tokens the block's size in tokens of the renderer's counter (cl100k_base by default)
 * @param shown the positions (from 0, in the list given to the renderer) of every entry the block
 *     shows in any form (in full, as a headline, or listed by id under another entry of its
 *     program), in the order it shows them: an entry too big for the budget is skipped and a later,
 *     smaller one may be shown instead, so these are not always the first ones
 * @param omitted how many of the given entries were left out to stay within the budget
 * @param full the positions among {@code shown} shown in full (all of them for {@link
 *     MemoryRenderer#renderItems}); the others are headlines or listed ids
 * @param listed the positions among {@code shown} shown only by id, under another entry
 */
public record RenderedMemory(String text, int tokens, List<Integer> shown, int omitted, List<Integer> full, List<Integer> listed) {
  public RenderedMemory {
    shown = List.copyOf(shown);
    full = List.copyOf(full);
    listed = List.copyOf(listed);
  }

  /** A block that shows every shown entry in full. */
  public RenderedMemory(String text, int tokens, List<Integer> shown, int omitted) {
    this(text, tokens, shown, omitted, shown, List.of());
  }

  /** How many entries the block holds. */
  public int included() {
    return shown.size();
  }
}
