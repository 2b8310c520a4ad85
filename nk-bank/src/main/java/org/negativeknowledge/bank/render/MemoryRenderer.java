package org.negativeknowledge.bank.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.negativeknowledge.bank.entry.BankEntry;

/**
 * Turns bank entries into a compact memory block for an agent's prompt: each entry becomes a few
 * short labelled lines, entries are added in the given order (most relevant first) as long as they
 * fit in the token budget (one that does not fit is left out, and a later, smaller one may still be
 * added), and the block ends with a line saying how many entries were left out. Immutable and
 * thread-safe.
 *
 * <p>Entries that consultation feedback flagged (for example "possibly misleading") are passed as
 * {@link RenderItem}s with their flags, which are shown on the entry's first line.
 */
public final class MemoryRenderer {

  private static final MemoryRenderer CL100K = new MemoryRenderer(TokenCounter.cl100k());

  private final TokenCounter counter;

  private MemoryRenderer(TokenCounter counter) {
    this.counter = counter;
  }

  /** A renderer that counts tokens with cl100k_base. */
  public static MemoryRenderer standard() {
    return CL100K;
  }

  /** A renderer that counts tokens with the given counter. */
  public static MemoryRenderer withCounter(TokenCounter counter) {
    return new MemoryRenderer(Objects.requireNonNull(counter, "counter"));
  }

  /**
   * Renders unflagged entries with cl100k_base token counting.
   *
   * @param entries the entries, most relevant first
   * @param tokenBudget the most tokens the block may cost, at least 1
   */
  public static RenderedMemory render(List<BankEntry> entries, int tokenBudget) {
    List<RenderItem> items = new ArrayList<>(entries.size());
    for (BankEntry e : entries) {
      items.add(RenderItem.of(e));
    }
    return CL100K.renderItems(items, tokenBudget);
  }

  /**
   * Renders entries with their flags.
   *
   * @param items the entries with their flags, most relevant first
   * @param tokenBudget the most tokens the block may cost, at least 1; when even the closing line
   *     does not fit, the block holds only that line
   */
  public RenderedMemory renderItems(List<RenderItem> items, int tokenBudget) {
    if (tokenBudget < 1) {
      throw new IllegalArgumentException("token budget must be at least 1, got " + tokenBudget);
    }
    List<String> pieces = new ArrayList<>();
    List<Integer> shown = new ArrayList<>();
    int used = 0;
    int leftOut = 0;
    for (int i = 0; i < items.size(); i++) {
      String piece = (pieces.isEmpty() ? "" : "\n") + EntryFormatter.format(items.get(i));
      int cost = counter.count(piece);
      int omittedIfAdded = leftOut + items.size() - i - 1;
      if (used + cost + counter.count(footer(omittedIfAdded, tokenBudget, false)) > tokenBudget) {
        leftOut++; // too big for what is left; a smaller, less relevant one may still fit
        continue;
      }
      pieces.add(piece);
      shown.add(i);
      used += cost;
    }
    // Pieces end at line breaks, so their counts add up almost exactly; check the real total and
    // drop trailing entries in the rare case the joined text costs more.
    while (true) {
      String text =
          String.join("", pieces) + footer(items.size() - pieces.size(), tokenBudget, pieces.isEmpty());
      int tokens = counter.count(text);
      if (tokens <= tokenBudget || pieces.isEmpty()) {
        return new RenderedMemory(text, tokens, shown, items.size() - pieces.size());
      }
      pieces.remove(pieces.size() - 1);
      shown.remove(shown.size() - 1);
    }
  }

  /**
   * Renders entries in two tiers: each entry shown on its own gets its one-line {@link Headline}
   * (most relevant first, while the budget lasts; an entry too big for what is left is skipped and
   * a later one may still fit), entries {@link RenderItem#listedUnder() listed under} another are
   * named by id on one line beneath it, and then the top entries are shown in full instead of
   * their headline as far as the rest of the budget reaches. The block starts with a line saying
   * how to expand an entry and ends with how many entries were left out.
   *
   * @param items the entries with their flags, most relevant first; an item listed under another
   *     must come with it
   * @param tokenBudget the most tokens the block may cost, at least 1
   * @throws IllegalArgumentException when an item is listed under an id no item has
   */
  public RenderedMemory renderTiered(List<RenderItem> items, int tokenBudget) {
    if (tokenBudget < 1) {
      throw new IllegalArgumentException("token budget must be at least 1, got " + tokenBudget);
    }
    return new TieredLayout(counter, items, tokenBudget).render();
  }

  private static String footer(int omitted, int budget, boolean alone) {
    String sep = alone ? "" : "\n";
    if (omitted == 0) {
      return sep + "(0 entries left out)\n";
    }
    return sep + "(" + omitted + (omitted == 1 ? " entry" : " entries")
        + " left out to stay within " + budget + " tokens)\n";
  }
}
