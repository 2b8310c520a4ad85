package org.negativeknowledge.bank.render;

import java.util.List;

/**
 * A memory block ready to paste into an agent's prompt.
 *
 * @param text the block, ending with a line that says how many entries were left out
 * @param tokens the block's size in tokens of the renderer's counter (cl100k_base by default)
 * @param shown the positions (from 0, in the list given to the renderer) of the entries the block
 *     holds, in the order it shows them: an entry too big for the budget is skipped and a later,
 *     smaller one may be shown instead, so these are not always the first ones
 * @param omitted how many of the given entries were left out to stay within the budget
 */
public record RenderedMemory(String text, int tokens, List<Integer> shown, int omitted) {
  public RenderedMemory {
    shown = List.copyOf(shown);
  }

  /** How many entries the block holds. */
  public int included() {
    return shown.size();
  }
}
