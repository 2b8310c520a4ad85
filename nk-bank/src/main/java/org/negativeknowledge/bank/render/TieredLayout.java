package org.negativeknowledge.bank.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The two-tier layout of a memory block: every entry shown on its own gets a headline while the
 * budget lasts (entries of the same program listed by id under it), then the top entries are
 * shown in full instead as far as the rest of the budget reaches.
 */
final class TieredLayout {

  static final String HEADER = "Bank entries, most relevant first (expand one by id: nk bank get ID)\n";

  private final TokenCounter counter;
  private final List<RenderItem> items;
  private final int budget;
  private final Map<Integer, List<Integer>> children = new LinkedHashMap<>();
  private final List<Integer> reps = new ArrayList<>();

  TieredLayout(TokenCounter counter, List<RenderItem> items, int budget) {
    this.counter = counter;
    this.items = items;
    this.budget = budget;
    Map<String, Integer> repAt = new LinkedHashMap<>();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).listedUnder() == null) {
        reps.add(i);
        repAt.putIfAbsent(items.get(i).entry().id(), i);
        children.put(i, new ArrayList<>());
      }
    }
    for (int i = 0; i < items.size(); i++) {
      String under = items.get(i).listedUnder();
      if (under != null) {
        Integer rep = repAt.get(under);
        if (rep == null) {
          throw new IllegalArgumentException(
              "entry " + items.get(i).entry().id() + " is listed under " + under + ", which is not among the entries");
        }
        children.get(rep).add(i);
      }
    }
  }

  RenderedMemory render() {
    List<Integer> chosen = new ArrayList<>();
    List<Boolean> inFull = new ArrayList<>();
    int used = counter.count(HEADER);
    for (int rep : reps) {
      int cost = counter.count(headlinePiece(rep));
      if (used + cost + counter.count(footer(omittedIf(chosen, rep))) > budget) {
        continue;
      }
      chosen.add(rep);
      inFull.add(false);
      used += cost;
    }
    for (int k = 0; k < chosen.size(); k++) {
      int rep = chosen.get(k);
      int extra = counter.count(fullPiece(rep)) - counter.count(headlinePiece(rep));
      if (used + extra + counter.count(footer(omitted(chosen))) <= budget) {
        inFull.set(k, true);
        used += extra;
      }
    }
    while (true) {
      String text = compose(chosen, inFull);
      int tokens = counter.count(text);
      if (tokens <= budget || chosen.isEmpty()) {
        return result(text, tokens, chosen, inFull);
      }
      int lastFull = inFull.lastIndexOf(true);
      if (lastFull >= 0) {
        inFull.set(lastFull, false);
      } else {
        chosen.remove(chosen.size() - 1);
        inFull.remove(inFull.size() - 1);
      }
    }
  }

  private RenderedMemory result(String text, int tokens, List<Integer> chosen, List<Boolean> inFull) {
    if (chosen.isEmpty() && tokens > budget) {
      // Not even the header fits beside the closing line: the block is that line alone.
      String alone = footer(items.size());
      return new RenderedMemory(alone, counter.count(alone), List.of(), items.size(), List.of(), List.of());
    }
    List<Integer> shown = new ArrayList<>();
    List<Integer> full = new ArrayList<>();
    List<Integer> listed = new ArrayList<>();
    for (int k = 0; k < chosen.size(); k++) {
      int rep = chosen.get(k);
      shown.add(rep);
      if (inFull.get(k)) {
        full.add(rep);
      }
      shown.addAll(children.get(rep));
      listed.addAll(children.get(rep));
    }
    return new RenderedMemory(text, tokens, shown, items.size() - shown.size(), full, listed);
  }

  private String compose(List<Integer> chosen, List<Boolean> inFull) {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int k = 0; k < chosen.size(); k++) {
      sb.append(inFull.get(k) ? fullPiece(chosen.get(k)) : headlinePiece(chosen.get(k)));
    }
    sb.append(footer(omitted(chosen)));
    return sb.toString();
  }

  private int omitted(List<Integer> chosen) {
    int shown = 0;
    for (int rep : chosen) {
      shown += 1 + children.get(rep).size();
    }
    return items.size() - shown;
  }

  private int omittedIf(List<Integer> chosen, int rep) {
    return omitted(chosen) - 1 - children.get(rep).size();
  }

  private String headlinePiece(int rep) {
    RenderItem item = items.get(rep);
    StringBuilder sb = new StringBuilder(item.headline());
    for (String flag : item.flags()) {
      sb.append(" | !! ").append(flag);
    }
    return sb.append('\n').append(siblings(rep)).toString();
  }

  private String fullPiece(int rep) {
    return "\n" + EntryFormatter.format(items.get(rep)) + siblings(rep) + "\n";
  }

  private String siblings(int rep) {
    List<Integer> kids = children.get(rep);
    if (kids.isEmpty()) {
      return "";
    }
    StringJoiner j = new StringJoiner(", ", "  same program: ", "\n");
    for (int i : kids) {
      RenderItem k = items.get(i);
      StringJoiner what = new StringJoiner(", ", " (", ")");
      if (k.entry().depth() > 1) {
        what.add("depth " + k.entry().depth());
      } else if (k.entry().original().path("round").isIntegralNumber()) {
        what.add("round " + k.entry().original().path("round").asInt());
      }
      what.add(k.entry().polarity().wireName());
      k.flags().forEach(f -> what.add("!! " + f));
      j.add(k.entry().id() + what);
    }
    return j.toString();
  }

  static String footer(int omitted) {
    return omitted == 0 ? "(0 entries left out)\n"
        : "(" + omitted + (omitted == 1 ? " entry" : " entries") + " left out to stay within the budget)\n";
  }
}
