package org.negativeknowledge.bank.consult.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.consult.SurfacedEntry;
import org.negativeknowledge.bank.render.MemoryRenderer;
import org.negativeknowledge.bank.render.RenderItem;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.Candidate;

/**
 * The memory block of a consultation and exactly the entries it shows: the ranked candidates with
 * the entries of one program collapsed ({@link SiblingCollapse}), rendered in two tiers ({@link
 * MemoryRenderer#renderTiered}), and every entry the block shows (in full, as a headline or listed
 * by id) as a {@link SurfacedEntry} with its form.
 */
record ConsultationBlock(RenderedMemory memory, List<SurfacedEntry> surfaced) {

  static ConsultationBlock of(
      List<Candidate> ranked, Function<Collection<String>, Map<String, List<String>>> flagsOf, int tokenBudget) {
    List<Candidate> order = new ArrayList<>();
    List<SurfacedEntry.Form> listed = new ArrayList<>();
    for (SiblingCollapse.Group g : SiblingCollapse.collapse(ranked)) {
      order.add(g.shown());
      listed.add(null);
      for (Candidate c : g.listed()) {
        order.add(c);
        listed.add(SurfacedEntry.Form.LISTED);
      }
    }
    Map<String, List<String>> flags = flagsOf.apply(order.stream().map(c -> c.entry().id()).toList());
    List<RenderItem> items = new ArrayList<>(order.size());
    String under = null;
    for (int i = 0; i < order.size(); i++) {
      Candidate c = order.get(i);
      RenderItem item = new RenderItem(c.entry(), flags.getOrDefault(c.entry().id(), List.of()), c.headline(), null);
      if (listed.get(i) == null) {
        under = c.entry().id();
      } else {
        item = item.listedUnder(under);
      }
      items.add(item);
    }
    RenderedMemory memory = MemoryRenderer.standard().renderTiered(items, tokenBudget);
    // Exactly the entries the block shows, in full, as a headline or listed by id: each needs a decision.
    Set<Integer> full = new HashSet<>(memory.full());
    Set<Integer> byId = new HashSet<>(memory.listed());
    List<SurfacedEntry> surfaced = new ArrayList<>();
    for (int i : memory.shown()) {
      BankEntry e = order.get(i).entry();
      SurfacedEntry.Form form = full.contains(i) ? SurfacedEntry.Form.FULL
          : byId.contains(i) ? SurfacedEntry.Form.LISTED : SurfacedEntry.Form.HEADLINE;
      surfaced.add(new SurfacedEntry(e.id(), e.revision(), i + 1, order.get(i).score(), items.get(i).flags(), form));
    }
    return new ConsultationBlock(memory, surfaced);
  }
}
