package org.negativeknowledge.bank.bench;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderItem;
import org.negativeknowledge.bank.render.RenderedMemory;

/** How the retrieval bench renders a given order of entries, and what the whole bank costs in full. */
final class BenchRendering {

  private BenchRendering() {}

  /** The ids a block of {@code ordered} shows within {@code budget}, rendered in two tiers as a consultation renders (without collapsing programs). */
  static Set<String> shownIds(List<BankEntry> ordered, int budget) {
    RenderedMemory m = MemoryRenderer.standard().renderTiered(ordered.stream().map(RenderItem::of).toList(), budget);
    Set<String> out = new HashSet<>();
    for (int i : m.shown()) {
      out.add(ordered.get(i).id());
    }
    return out;
  }

  /** The tokens of every entry rendered in full. */
  static int wholeBankTokens(List<BankEntry> all) {
    return MemoryRenderer.render(all, Integer.MAX_VALUE).tokens();
  }
}
