package org.negativeknowledge.bank.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often research graphs' experiments cited and rejected each bank entry.
 *
 * @param cited entry id to the number of Experiment nodes listing it in {@code cites_bank}
 * @param rejected entry id to the number of Experiment nodes listing it in {@code rejects_bank}
 */
public record BankUseCounts(Map<String, Long> cited, Map<String, Long> rejected) {

  public BankUseCounts {
    cited = Collections.unmodifiableMap(new TreeMap<>(cited));
    rejected = Collections.unmodifiableMap(new TreeMap<>(rejected));
  }

  /** Counts over the Experiment nodes of {@code graphs}. */
  public static BankUseCounts of(List<ResearchGraph> graphs) {
    Map<String, Long> c = new TreeMap<>();
    Map<String, Long> r = new TreeMap<>();
    for (ResearchGraph g : graphs) {
      for (GraphNode n : g.nodes()) {
        n.citesBank().forEach(id -> c.merge(id, 1L, Long::sum));
        n.rejectsBank().forEach(id -> r.merge(id, 1L, Long::sum));
      }
    }
    return new BankUseCounts(c, r);
  }

  /** Every entry that was cited or rejected, most used first (then by id). */
  public List<String> entries() {
    Map<String, Long> total = new LinkedHashMap<>();
    cited.forEach((k, v) -> total.merge(k, v, Long::sum));
    rejected.forEach((k, v) -> total.merge(k, v, Long::sum));
    List<String> ids = new ArrayList<>(total.keySet());
    ids.sort(Comparator.comparing((String id) -> -total.get(id)).thenComparing(Comparator.naturalOrder()));
    return ids;
  }

  /** Citations of {@code id} (0 when none). */
  public long citedCount(String id) {
    return cited.getOrDefault(id, 0L);
  }

  /** Rejections of {@code id} (0 when none). */
  public long rejectedCount(String id) {
    return rejected.getOrDefault(id, 0L);
  }

  /** Citations over all entries. */
  public long totalCitations() {
    return cited.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rejections over all entries. */
  public long totalRejections() {
    return rejected.values().stream().mapToLong(Long::longValue).sum();
  }
}
