package org.negativeknowledge.bank.render;

/**
 * A memory block ready to paste into an agent's prompt.
 *
 * @param text the block, ending with a line that says how many entries were left out
 * @param tokens the block's size in tokens of the renderer's counter (cl100k_base by default)
 * @param included how many entries the block holds
 * @param omitted how many of the given entries were left out to stay within the budget
 */
public record RenderedMemory(String text, int tokens, int included, int omitted) {}
